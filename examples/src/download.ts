// Demo for eslint-plugin-cos-errors: a download helper that handles COS error codes (almost) right.
import COS from "cos-nodejs-sdk-v5";
import { CosErrorCode, isRetryableCosError } from "eslint-plugin-cos-errors/codes";

export interface DownloadTarget {
  bucket: string;
  region: string;
  key: string;
}

type CosLikeError = Error & { code?: number };

export class NotFoundError extends Error {
  constructor(readonly key: string) {
    super(`not found: ${key}`);
    this.name = "NotFoundError";
  }
}

const MAX_ATTEMPTS = 4;

const cos = new COS({
  SecretId: process.env.COS_SECRET_ID ?? "",
  SecretKey: process.env.COS_SECRET_KEY ?? "",
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Exponential backoff with full jitter. */
function backoff(attempt: number): Promise<void> {
  const base = 200 * 2 ** attempt;
  return sleep(base + Math.random() * base);
}

export async function downloadObject(target: DownloadTarget, attempt = 0): Promise<Buffer> {
  try {
    const data = await cos.getObject({
      Bucket: target.bucket,
      Region: target.region,
      Key: target.key,
    });
    return data.Body as Buffer;
  } catch (err: any) {
    switch (err.code) {
      case CosErrorCode.BUCKET_NOT_FOUND:
      case CosErrorCode.FILE_NOT_FOUND:
        throw new NotFoundError(target.key);
      case CosErrorCode.TOO_MANY_REQUESTS:
        if (attempt + 1 >= MAX_ATTEMPTS) throw err;
        await backoff(attempt);
        return downloadObject(target, attempt + 1);
      default:
        throw err;
    }
  }
}

/** Short message for the UI; the full error goes to the log. */
export function describeDownloadError(err: CosLikeError): string {
  if (err instanceof NotFoundError) {
    return "The file does not exist.";
  }
  if (err.code === -46620) {
    return "Downloads from this bucket are blocked; contact the administrator.";
  }
  return isRetryableCosError(err)
    ? "Temporary problem, please try again in a minute."
    : `Download failed: ${err.message}`;
}

export async function downloadText(target: DownloadTarget): Promise<string | undefined> {
  try {
    return (await downloadObject(target)).toString("utf8");
  } catch (err) {
    if (err instanceof NotFoundError) return undefined;
    console.error(describeDownloadError(err as CosLikeError), err);
    throw err;
  }
}

/** Whether the object exists: a HEAD request, cheaper than a download. */
export async function objectExists(target: DownloadTarget): Promise<boolean> {
  try {
    await cos.headObject({ Bucket: target.bucket, Region: target.region, Key: target.key });
    return true;
  } catch (err: any) {
    if (err.code == 404) return false;
    throw err;
  }
}
