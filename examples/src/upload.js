// Demo for eslint-plugin-cos-errors: this file intentionally contains mistakes for the plugin to find.
import { open, stat } from "node:fs/promises";
import COS from "cos-nodejs-sdk-v5";

const SLICE_SIZE = 1024 * 1024;

const cos = new COS({
  SecretId: process.env.COS_SECRET_ID,
  SecretKey: process.env.COS_SECRET_KEY,
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls one op of the JSON upload API; rejects with the API's `code` on failure. */
function callUploadApi(bucket, region, key, op, body) {
  return new Promise((resolve, reject) => {
    cos.request(
      {
        Bucket: bucket,
        Region: region,
        Method: "POST",
        Url: `https://${bucket}.cos.${region}.myqcloud.com/files/v2/${encodeURIComponent(key)}`,
        Body: JSON.stringify({ op, ...body }),
      },
      (err, data) => {
        if (err) return reject(err);
        const res = JSON.parse(data.Body);
        if (res.code !== 0) {
          return reject(Object.assign(new Error(res.message), { code: res.code, data: res.data }));
        }
        resolve(res.data);
      },
    );
  });
}

async function readChunk(file, start, length) {
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(length), 0, length, start);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Sends the slices from `offset` to the end, then finishes the upload session. */
async function sendSlices(file, target, session, offset = 0) {
  const { bucket, region, key } = target;
  const { size } = await stat(file);
  for (let start = offset; start < size; start += SLICE_SIZE) {
    const chunk = await readChunk(file, start, SLICE_SIZE);
    await callUploadApi(bucket, region, key, "upload_slice_data", {
      session,
      offset: start,
      filecontent: chunk.toString("base64"),
    });
  }
  return callUploadApi(bucket, region, key, "upload_slice_finish", { session, filesize: size });
}

/** Picks up an unfinished upload: lists the parts already stored and sends the rest. */
async function resumeUpload(file, target, session) {
  const { bucket, region, key } = target;
  const { listparts } = await callUploadApi(bucket, region, key, "upload_slice_list", { session });
  const done = listparts.reduce((sum, part) => sum + part.datalen, 0);
  return sendSlices(file, target, session, done);
}

async function retryUpload(file, target) {
  await sleep(2000);
  return uploadFile(file, target);
}

export async function uploadFile(file, target) {
  const { bucket, region, key } = target;
  const { size } = await stat(file);

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const init = { filesize: size, slice_size: SLICE_SIZE };
      const { session } = await callUploadApi(bucket, region, key, "upload_slice_init", init);
      return await sendSlices(file, target, session);
    } catch (err) {
      if (err.code === -4017) {
        // The same file is already stored: nothing left to do.
        return { key, alreadyUploaded: true };
      } else if (err.code === -96) {
        // The signature went stale during a long upload.
        continue;
      } else if (err.code === -4019) {
        return resumeUpload(file, target, err.data.session);
      } else if (err.code === -71 || err.code === -5963) {
        await sleep(500 * 2 ** attempt);
        continue;
      } else if (err.code === -97) {
        return retryUpload(file, target);
      } else {
        await sleep(1000);
        continue;
      }
    }
  }
  throw new Error(`upload of ${key} failed after 3 attempts`);
}
