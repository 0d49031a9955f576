// Demo for eslint-plugin-cos-errors: this file intentionally contains mistakes for the plugin to find.
// The app's storage service on the XML API (cos-nodejs-sdk-v5 2.x): documents, existence checks, the bucket.
import COS from "cos-nodejs-sdk-v5";

export const BUCKET = process.env.COS_BUCKET; // "app-data-1250000000"
export const REGION = process.env.COS_REGION ?? "ap-guangzhou";

export const cos = new COS({
  SecretId: process.env.COS_SECRET_ID,
  SecretKey: process.env.COS_SECRET_KEY,
});

/** Reads a JSON document; `undefined` when there is none yet. */
export async function readJson(key) {
  try {
    const { Body } = await cos.getObject({ Bucket: BUCKET, Region: REGION, Key: key });
    return JSON.parse(Body.toString("utf8"));
  } catch (err) {
    if (err.code === "NoSuchkey") return undefined;
    throw err;
  }
}

/** Size and ETag of an object, or `null` when it does not exist. HEAD: nothing is downloaded. */
export async function statObject(key) {
  try {
    const data = await cos.headObject({ Bucket: BUCKET, Region: REGION, Key: key });
    return { size: Number(data.headers["content-length"]), etag: data.ETag };
  } catch (err) {
    if (err.code === "NoSuchKey") return null;
    throw err;
  }
}

/** Callback style, as in the SDK's own samples: `done(null, true)` or `done(null, false)`. */
export function objectExists(key, done) {
  cos.headObject({ Bucket: BUCKET, Region: REGION, Key: key }, (err) => {
    if (err) {
      if (err.code == 404) return done(null, false);
      return done(err);
    }
    done(null, true);
  });
}

/** Creates the app's bucket on first start, trying again a few times when COS refuses. */
export function ensureBucket(done, attempt = 0) {
  cos.putBucket({ Bucket: BUCKET, Region: REGION }, (err) => {
    if (!err) return done(null);
    if (err.error.Code === "BucketAlreadyOwnedByYou") return done(null);
    if (attempt >= 3) return done(err);
    setTimeout(() => ensureBucket(done, attempt + 1), 1000 * 2 ** attempt);
  });
}
