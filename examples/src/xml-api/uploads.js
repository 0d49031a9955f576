// Demo for eslint-plugin-cos-errors: this file intentionally contains mistakes for the plugin to find.
// Uploads through the storage service (promise style): user files, nightly reports, thumbnails.
import { BUCKET, REGION, cos, ensureBucket } from "./cos-storage.js";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Stores a user's file; a fresh environment may not have its bucket yet. */
export async function putUserFile(key, body) {
  const params = { Bucket: BUCKET, Region: REGION, Key: key, Body: body };
  try {
    return await cos.putObject(params);
  } catch (err) {
    if (err.code === "NoSuchBucket") {
      await new Promise((resolve, reject) => ensureBucket((e) => (e ? reject(e) : resolve())));
      return cos.putObject(params);
    }
    throw err;
  }
}

/** The nightly report runs right after the keys are rotated, and new keys take a moment to apply. */
export async function saveReport(key, body) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await cos.putObject({ Bucket: BUCKET, Region: REGION, Key: key, Body: body });
    } catch (err) {
      if (err.code === "AccessDenied" && attempt < 3) {
        await sleep(5000);
        continue;
      }
      throw err;
    }
  }
}

/** Uploads a thumbnail, waiting and trying again while COS is busy. */
export function putThumbnail(key, body, attempt = 0) {
  return cos.putObject({ Bucket: BUCKET, Region: REGION, Key: key, Body: body }).catch((err) => {
    switch (err.code) {
      case "SlowDown":
      case "ServiceUnavailable":
        return sleep(200 * 2 ** attempt).then(() => putThumbnail(key, body, attempt + 1));
    }
  });
}
