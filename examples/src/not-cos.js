// A tiny futures-exchange REST client. It compares numeric error codes too, but they are the
// exchange's own codes, so the plugin must leave this file alone.
import { createHmac } from "node:crypto";

const BASE_URL = "https://fapi.example-exchange.test";
const API_KEY = process.env.EXCHANGE_API_KEY ?? "";
const API_SECRET = process.env.EXCHANGE_API_SECRET ?? "";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends a signed request; network failures are reported with code -1. */
async function signedRequest(method, path, params) {
  const query = new URLSearchParams({ ...params, timestamp: String(Date.now()) });
  const signature = createHmac("sha256", API_SECRET).update(query.toString()).digest("hex");
  query.set("signature", signature);
  try {
    const response = await fetch(`${BASE_URL}${path}?${query}`, {
      method,
      headers: { "X-MBX-APIKEY": API_KEY },
    });
    return await response.json();
  } catch (cause) {
    throw Object.assign(new Error(`request to ${path} failed`, { cause }), { code: -1 });
  }
}

/** Rounds a price down to the symbol's tick size. */
function roundToTick(price, tickSize) {
  return (Math.floor(price / tickSize) * tickSize).toFixed(8);
}

export async function placeLimitOrder(order, tickSize) {
  let params = { ...order, type: "LIMIT", timeInForce: "GTC" };

  for (let attempt = 0; attempt < 3; attempt++) {
    let res;
    try {
      res = await signedRequest("POST", "/fapi/v1/order", params);
    } catch (err) {
      if (err.code === -1) {
        await sleep(250 * 2 ** attempt);
        continue;
      }
      throw err;
    }

    if (!("code" in res)) {
      return res;
    }
    if (res.code === -4018) {
      // Price is not a multiple of the tick size: round it and send again.
      params = { ...params, price: roundToTick(Number(params.price), tickSize) };
      continue;
    } else if (res.code === -4019) {
      // Too many open orders on this symbol: wait for some to fill.
      await sleep(1000);
      continue;
    }
    throw new Error(`order rejected: ${res.code} ${res.msg}`);
  }
  throw new Error("order not placed after 3 attempts");
}
