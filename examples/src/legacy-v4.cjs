// Demo for eslint-plugin-cos-errors: this file intentionally contains mistakes for the plugin to find.
// Old report uploader still on the v4 SDK (callback style).
"use strict";

const path = require("node:path");
const qcloud = require("qcloud_cos");

const BUCKET = process.env.QCLOUD_BUCKET;
const SLICE_SIZE = 512 * 1024;

qcloud.conf.setAppInfo(
  process.env.QCLOUD_APPID,
  process.env.QCLOUD_SECRET_ID,
  process.env.QCLOUD_SECRET_KEY,
);

function toError(ret) {
  const err = new Error(ret.message);
  err.code = ret.code;
  err.transient = isTransient(ret);
  return err;
}

/** Errors that usually go away on their own; the caller may try again later. */
function isTransient(ret) {
  return [-71, -5963].includes(ret.code);
}

/** Uploads a small report; insertOnly, so an existing report is left alone. */
function uploadReport(localPath, done) {
  const remotePath = "/reports/" + path.basename(localPath);
  qcloud.cos.upload(localPath, BUCKET, remotePath, "", 1, function (ret) {
    if (ret.code === 0) {
      return done(null, ret.data.access_url);
    }
    if (ret.code === -133) {
      done(new Error("bucket " + BUCKET + " does not exist"));
    } else if (ret.code === '-4018') {
      // Already uploaded by an earlier run.
      done(null, null);
    } else {
      done(toError(ret));
    }
  });
}

function retryUpload(localPath, remotePath, done) {
  console.warn("retrying upload of " + remotePath);
  uploadBackup(localPath, remotePath, done);
}

/** Uploads a large backup archive in slices. */
function uploadBackup(localPath, remotePath, done) {
  qcloud.cos.upload_slice(localPath, BUCKET, remotePath, "", SLICE_SIZE, null, function (ret) {
    if (ret.code === 0) {
      return done(null, ret.data.access_url);
    }
    switch (ret.code) {
      case -71:
        // Throttled: wait a second and go again.
        setTimeout(() => retryUpload(localPath, remotePath, done), 1000);
        break;
      case -96:
        setTimeout(() => retryUpload(localPath, remotePath, done), 1000);
        break;
    }
  });
}

module.exports = { uploadReport, uploadBackup };
