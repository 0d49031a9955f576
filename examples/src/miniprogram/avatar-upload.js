// Demo for eslint-plugin-cos-errors: this file intentionally contains a mistake for the plugin to find.
// The WeChat mini program's avatar upload (cos-wx-sdk-v5), signed with temporary keys from the app's server.
import COS from "cos-wx-sdk-v5";

const BUCKET = "avatars-1250000000";
const REGION = "ap-shanghai";

const cos = new COS({
  getAuthorization(options, callback) {
    wx.request({
      url: "https://api.example.com/cos/temporary-keys",
      success(res) {
        const { credentials, startTime, expiredTime } = res.data;
        callback({
          TmpSecretId: credentials.tmpSecretId,
          TmpSecretKey: credentials.tmpSecretKey,
          SecurityToken: credentials.sessionToken,
          StartTime: startTime,
          ExpiredTime: expiredTime,
        });
      },
    });
  },
});

/** Uploads the picture the user chose; resolves with its URL. */
export function uploadAvatar(filePath, userId) {
  return new Promise((resolve, reject) => {
    cos.uploadFile(
      { Bucket: BUCKET, Region: REGION, Key: `avatars/${userId}.png`, FilePath: filePath },
      (err, data) => {
        if (err) {
          if (err.code === "AccessDenied") {
            wx.showToast({ title: "Please sign in again", icon: "none" });
          }
          return reject(err);
        }
        resolve(`https://${data.Location}`);
      },
    );
  });
}
