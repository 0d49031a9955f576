// Demo for eslint-plugin-cos-errors: avatars on the XML API, with COS errors handled as they should be.
import COS from "cos-nodejs-sdk-v5";
import { CosXmlErrorCode } from "eslint-plugin-cos-errors/codes";

/** What cos-nodejs-sdk-v5 rejects with. `error` is the parsed XML body: missing for HEAD and network errors. */
interface CosSdkError {
  code?: string;
  message?: string;
  statusCode?: number;
  error?: { Code?: string; Message?: string; RequestId?: string };
}

const MAX_ATTEMPTS = 3;

const cos = new COS({
  SecretId: process.env.COS_SECRET_ID ?? "",
  SecretKey: process.env.COS_SECRET_KEY ?? "",
});
const location = { Bucket: process.env.AVATAR_BUCKET ?? "", Region: "ap-shanghai" };
const avatarKey = (userId: string) => `avatars/${userId}.png`;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The avatar, or `undefined` when the user has none. */
export async function loadAvatar(userId: string): Promise<Buffer | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      const data = await cos.getObject({ ...location, Key: avatarKey(userId) });
      return data.Body as Buffer;
    } catch (e) {
      const err = e as CosSdkError;
      if (err.code === CosXmlErrorCode.NoSuchKey) return undefined;
      if (err.code === CosXmlErrorCode.SlowDown && attempt < MAX_ATTEMPTS) {
        // The SDK has already retried at once; wait before going again.
        await sleep(500 * 2 ** attempt);
        continue;
      }
      throw err;
    }
  }
}

/** HEAD has no body: a missing object is only told by `statusCode` (`err.code` is "404", no `err.error`). */
export async function hasAvatar(userId: string): Promise<boolean> {
  try {
    await cos.headObject({ ...location, Key: avatarKey(userId) });
    return true;
  } catch (e) {
    if ((e as CosSdkError).statusCode === 404) return false;
    throw e;
  }
}

/** Creates the avatar bucket; one we already own is fine, one of the same name owned by someone else is not. */
export async function createAvatarBucket(): Promise<void> {
  try {
    await cos.putBucket(location);
  } catch (e) {
    if ((e as CosSdkError).code === CosXmlErrorCode.BucketAlreadyOwnedByYou) return;
    throw e;
  }
}

/** One line for the log, with the request id of the XML body when there is one. */
export function describeCosError(e: unknown): string {
  const err = e as CosSdkError;
  const requestId = err.error?.RequestId ?? "none";
  return `${err.code ?? "unknown"} (HTTP ${err.statusCode ?? "-"}, request ${requestId}): ${err.message ?? ""}`;
}
