/**
 * Tencent Cloud COS error codes as named constants, with their meaning, category and retry class, and
 * helpers that classify a code or an SDK error. This module has no imports, so applications can use it
 * at run time: `import { CosErrorCode, CosXmlErrorCode, isRetryableCosError } from "cos-error-codes"`.
 * It is published twice, built from this one file: as the zero-dependency package `cos-error-codes`
 * (packages/cos-error-codes, whose build compiles this file) and as `eslint-plugin-cos-errors/codes`.
 *
 * Two vocabularies: the legacy JSON API's numbers (`CosErrorCode.SIGNATURE_EXPIRED === -96`) and the XML
 * API's strings, which every current SDK reports (`CosXmlErrorCode.NoSuchKey === "NoSuchKey"`). The helpers
 * also know the codes the SDKs make up (`"CannotDownload"`, `"404"`, `"timeout"`, ...), Node's own
 * `err.code` values (`"ECONNRESET"`, any `"ERR_*"`) and HTTP statuses.
 *
 * Design: this file is hand-written (linted, type-checked, formatted like the rest of src/) except for
 * ONE region between the `// <generated ...>` and `// </generated>` markers. That region holds only data
 * (the constants and the catalogue arrays, rendered from data/*.json by scripts/codegen.ts);
 * `npm run generate` rewrites it and `npm run check:generated` fails when it is stale or hand-edited.
 * One region of plain data is the simplest split: the helpers are ordinary TypeScript that the type
 * checker sees against the real data, the generator only has to print literals, and no second module
 * (which would need an import) is involved.
 *
 * @packageDocumentation
 */

/**
 * How a client should react to an error: `"backoff"` retry with exponential backoff, a few attempts;
 * `"after-fix"` a plain retry repeats the failure, do the category's fix action first; `"never"` do not retry.
 */
export type CosRetryClass = "backoff" | "after-fix" | "never";

/** One JSON-API code of the catalogue. */
export interface CosErrorEntry {
  /** The numeric code, as the JSON API returns it in `code`. */
  readonly code: number;
  /** The constant's name in {@link CosErrorCode}. */
  readonly name: CosErrorCodeName;
  /** What kind of error it is. */
  readonly category: CosErrorCategory;
  /** Whether and how a retry can succeed. */
  readonly retry: CosRetryClass;
  /** Tencent's Chinese descriptions, verbatim, one per meaning (`-5965` has two). */
  readonly zh: readonly string[];
  /** English descriptions, parallel to {@link CosErrorEntry.zh}. */
  readonly en: readonly string[];
  /** `"server"`: returned by the COS server; `"sdk"`: produced on the client by the legacy v4 SDKs. */
  readonly source: "server" | "sdk";
}

/** One row of Tencent's XML-API error table, verbatim. */
export interface CosXmlErrorDescription {
  /** The HTTP status of the row; `null` where the table says "N/A". */
  readonly status: number | null;
  readonly en?: string;
  readonly zh?: string;
  /** The table the row comes from: `"intl-2023"`, `"intl-2026-ind"`, `"cn-2021-flare"`, `"intl-2019-12"`, … */
  readonly source: string;
  /** The misspelled code the row uses (one of the entry's `variants`), if it does. */
  readonly spelling?: string;
}

/** A message that changes how a code is classified (`AccessDenied` + `"Request has expired"`). */
export interface CosXmlMessageRule {
  readonly message: string;
  readonly status: number | null;
  readonly category: CosErrorCategory;
  readonly retry: CosRetryClass;
  readonly en: string;
  readonly zh?: string;
  readonly source: string;
}

/** One XML-API code of the catalogue. */
export interface CosXmlErrorEntry {
  readonly kind: "xml";
  /** The code, correctly spelled: also the key of its constant in {@link CosXmlErrorCode}. */
  readonly code: CosXmlErrorCodeName;
  /** The same as `code`. */
  readonly name: CosXmlErrorCodeName;
  /** Every HTTP status the code comes with, ascending (`InvalidObjectState`: 403 and 409). */
  readonly statuses: readonly number[];
  readonly category: CosErrorCategory;
  readonly retry: CosRetryClass;
  /** The table rows of the code and of its variants, verbatim, in the order of the source table. */
  readonly descriptions: readonly CosXmlErrorDescription[];
  /** Misspellings the service or its tables use (`BadRquest` for `BadRequest`); they have no constant. */
  readonly variants: readonly string[];
  /** Messages that classify the error differently (checked against `err.message` / `err.error.Message`). */
  readonly messages: readonly CosXmlMessageRule[];
}

/** A code that is not the server's: made up by an SDK (`kind: "sdk"`) or by Node itself (`kind: "node"`). */
export interface CosClientCodeEntry {
  readonly kind: "sdk" | "node";
  readonly code: string;
  /** The same as `code` (client codes have no constants). */
  readonly name: string;
  readonly category: CosErrorCategory;
  readonly retry: CosRetryClass;
  readonly en: string;
  /** The SDKs that produce it; empty for Node's codes. */
  readonly sdks: readonly string[];
}

/** Node codes that start with `prefix` (`"ERR_"`) and have no entry of their own. */
export interface CosClientCodePrefix {
  readonly prefix: string;
  readonly category: CosErrorCategory;
  readonly retry: CosRetryClass;
  readonly en: string;
}

/** How retry logic treats the HTTP statuses `from`–`to` (a rule with `from === to` wins over a range). */
export interface CosHttpStatusRule {
  readonly from: number;
  readonly to: number;
  readonly category: CosErrorCategory;
  readonly retry: CosRetryClass;
  readonly en: string;
}

/** What {@link getCosHttpStatus} gives, and {@link getCosError} for an error judged by its `statusCode`. */
export interface CosHttpStatusEntry {
  readonly kind: "http";
  readonly status: number;
  /** `"HTTP 404"`. */
  readonly name: string;
  readonly category: CosErrorCategory;
  readonly retry: CosRetryClass;
  readonly en: string;
}

/** Anything {@link getCosError} can return. Only JSON entries lack `kind`: narrow with `"kind" in info`. */
export type CosErrorInfo = CosErrorEntry | CosXmlErrorEntry | CosClientCodeEntry | CosHttpStatusEntry;

/**
 * An error object of any COS SDK: `err.code` (Node SDK ≥ 2.9, browser SDK ≥ 1.2), `err.error.Code`
 * (mini-program SDK, older SDKs), `err.statusCode` (a HEAD 404 without body), `err.message`.
 */
export interface CosSdkErrorLike {
  readonly code?: unknown;
  readonly statusCode?: unknown;
  readonly error?: unknown;
  readonly message?: unknown;
}

/** What the helpers accept: a JSON number (or numeric string), an XML or client code, an SDK error object. */
export type CosErrorInput = number | string | CosSdkErrorLike | null | undefined;

/** A category: its retry class, what it covers and example codes. */
export interface CosErrorCategoryInfo {
  readonly id: CosErrorCategory;
  readonly retry: CosRetryClass;
  readonly covers: string;
  /** For `"after-fix"` categories: what must happen before a retry. */
  readonly fixAction?: string;
  /** JSON-API examples; empty for the XML-only categories (`redirect`, `precondition`). */
  readonly examples: readonly number[];
  /** XML-API examples. */
  readonly xmlExamples: readonly string[];
}

/** A retry class: what it means and what correct code does. */
export interface CosRetryClassInfo {
  readonly id: CosRetryClass;
  readonly meaning: string;
  readonly action: string;
}

// <generated by npm run generate from data/*.json: do not edit>
/** The category of a COS error code; see {@link cosErrorCategories}. */
export type CosErrorCategory =
  | "throttling"
  | "transient"
  | "internal"
  | "signature-expired"
  | "resumable"
  | "integrity"
  | "request"
  | "auth"
  | "signature"
  | "not-found"
  | "conflict"
  | "banned"
  | "redirect"
  | "precondition";

/**
 * Every COS JSON-API error code by name: `err.code === CosErrorCode.SIGNATURE_EXPIRED` instead of
 * `err.code === -96`. Each value has its literal type, so `CosErrorCode.SIGNATURE_EXPIRED` is of type `-96`.
 */
export const CosErrorCode = {
  /**
   * `-5999` Invalid request parameter
   * (请求参数错误)
   *
   * Category `request`, retry class `never`.
   */
  INVALID_PARAMETER: -5999,
  /**
   * `-5997` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_5997: -5997,
  /**
   * `-5996` Wrong or missing HTTP request method
   * (HTTP请求方法错误，或者没有发送HTTP请求方法)
   *
   * Category `request`, retry class `never`.
   */
  INVALID_HTTP_METHOD: -5996,
  /**
   * `-5994` URL path does not conform to the specification
   * (url路径不符合规范)
   *
   * Category `request`, retry class `never`.
   */
  INVALID_URL_PATH: -5994,
  /**
   * `-5993` Malformed multipart/form-data body
   * (formdata body格式不正确)
   *
   * Category `request`, retry class `never`.
   */
  INVALID_FORMDATA_BODY: -5993,
  /**
   * `-5991` Append upload would grow the object beyond 5 GB
   * (append接口，大于5G的追加上传)
   *
   * Category `request`, retry class `never`.
   */
  APPEND_EXCEEDS_5GB: -5991,
  /**
   * `-5980` Missing or unparsable op (operation type) field
   * (没有op字段，用户没填写操作类型或格式错误解析不到)
   *
   * Category `request`, retry class `never`.
   */
  MISSING_OP: -5980,
  /**
   * `-5975` Malformed JSON in request
   * (请求的json格式不正确)
   *
   * Category `request`, retry class `never`.
   */
  INVALID_JSON: -5975,
  /**
   * `-5971` Multipart (slice) upload init did not give the file size
   * (分片上传init时没有填写文件大小)
   *
   * Category `request`, retry class `never`.
   */
  SLICE_INIT_MISSING_FILESIZE: -5971,
  /**
   * `-5970` Referer whitelist must have at most 10 entries
   * (refer白名单数量必须小于等于10)
   *
   * Category `request`, retry class `never`.
   */
  REFERER_WHITELIST_TOO_MANY: -5970,
  /**
   * `-5969` At most 10 CNAMEs allowed
   * (cname数量必须小于等于10)
   *
   * Category `request`, retry class `never`.
   */
  CNAME_TOO_MANY: -5969,
  /**
   * `-5968` Referer blacklist must have at most 10 entries
   * (refer黑名单数量必须小于等于10)
   *
   * Category `request`, retry class `never`.
   */
  REFERER_BLACKLIST_TOO_MANY: -5968,
  /**
   * `-5967` At most 10 keys allowed
   * (密钥数量必须小于等于10)
   *
   * Category `request`, retry class `never`.
   */
  SECRET_KEY_TOO_MANY: -5967,
  /**
   * `-5966` List num parameter is not a number or is greater than 1000
   * (list参数非数字或者大于1000)
   *
   * Category `request`, retry class `never`.
   */
  INVALID_LIST_NUM: -5966,
  /**
   * `-5965` Multipart (slice) upload init did not give slice_size
   * (分片上传init时未指定slice_size参数)
   *
   * `-5965` Multipart (slice) upload init has an invalid uploadparts parameter
   * (分片上传init时uploadparts参数不合法)
   *
   * Category `request`, retry class `never`.
   */
  SLICE_INIT_BAD_SLICE_PARAMS: -5965,
  /**
   * `-5964` Unknown op value: no such operation
   * (参数op填写错误，没有此操作)
   *
   * Category `request`, retry class `never`.
   */
  UNKNOWN_OP: -5964,
  /**
   * `-5963` Timed out reading request data; network too slow or upload concurrency too high
   * (读取数据超时，检查网络是否过慢或上传并发数过大)
   *
   * Category `transient`, retry class `backoff`.
   */
  READ_DATA_TIMEOUT: -5963,
  /**
   * `-5962` XML parsing failed: request XML is malformed
   * (XML解析失败，请求携带的XML不符合规范)
   *
   * Category `request`, retry class `never`.
   */
  INVALID_XML: -5962,
  /**
   * `-5961` Request body does not match its Content-MD5
   * (请求body体的Content-MD5不符合预期)
   *
   * Category `integrity`, retry class `after-fix`.
   */
  CONTENT_MD5_MISMATCH: -5961,
  /**
   * `-5957` Operation on a bucket that does not exist
   * (操作不存在的bucket)
   *
   * Category `not-found`, retry class `never`.
   */
  BUCKET_NOT_FOUND_5957: -5957,
  /**
   * `-5949` Copy failed to look up the source file information
   * (copy文件时查询源文件信息失败)
   *
   * Category `not-found`, retry class `never`.
   */
  COPY_SOURCE_LOOKUP_FAILED: -5949,
  /**
   * `-5947` biz_attr exceeds the 4 KB maximum
   * (biz_attr最大4K)
   *
   * Category `request`, retry class `never`.
   */
  BIZ_ATTR_TOO_LARGE: -5947,
  /**
   * `-5946` Required Content-MD5 header is missing for this API
   * (缺少头域CONTENT_MD5，有些接口必须校验内容)
   *
   * Category `request`, retry class `never`.
   */
  MISSING_CONTENT_MD5: -5946,
  /**
   * `-5945` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_5945: -5945,
  /**
   * `-5939` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_5939: -5939,
  /**
   * `-5938` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_5938: -5938,
  /**
   * `-5937` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_5937: -5937,
  /**
   * `-4020` An unfinished upload exists at this path with a different SHA than the new file
   * (文件已存在，但未完成上传，新传文件sha值和该未完成文件不一致)
   *
   * Category `conflict`, retry class `never`.
   */
  UNFINISHED_UPLOAD_SHA_MISMATCH: -4020,
  /**
   * `-4019` An unfinished upload of the same file (same SHA) exists; it can be resumed
   * (文件已存在，但未完成上传，新传文件sha值和该未完成文件一致，可断点续传)
   *
   * Category `resumable`, retry class `after-fix`.
   */
  UPLOAD_RESUMABLE: -4019,
  /**
   * `-4018` File already exists and its upload is complete
   * (文件已存在，并且已完成上传)
   *
   * Category `conflict`, retry class `never`.
   */
  FILE_ALREADY_UPLOADED: -4018,
  /**
   * `-4016` SHA of uploaded data does not match the SHA given in the request
   * (上传文件数据sha与请求sha校验失败)
   *
   * Category `integrity`, retry class `after-fix`.
   */
  UPLOAD_SHA_MISMATCH: -4016,
  /**
   * `-288` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_288: -288,
  /**
   * `-287` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_287: -287,
  /**
   * `-285` Uploaded file exceeds the size limit
   * (上传文件大小大于限制)
   *
   * Category `request`, retry class `never`.
   */
  FILE_TOO_LARGE: -285,
  /**
   * `-284` Slice size differs from the slice size fixed at init
   * (上传文件数据请求每片数据大小与初始化的分片大小不同)
   *
   * Category `request`, retry class `never`.
   */
  SLICE_SIZE_MISMATCH: -284,
  /**
   * `-283` Part is below the minimum size, or append data is under 4 KB
   * (分片上传分片小于限制，或者append文件小于4K)
   *
   * Category `request`, retry class `never`.
   */
  PART_TOO_SMALL: -283,
  /**
   * `-281` Part exceeds the maximum size
   * (分片上传分片大于限制)
   *
   * Category `request`, retry class `never`.
   */
  PART_TOO_LARGE: -281,
  /**
   * `-197` File does not exist
   * (该文件不存在)
   *
   * Category `not-found`, retry class `never`.
   */
  FILE_NOT_FOUND: -197,
  /**
   * `-196` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_196: -196,
  /**
   * `-195` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_195: -195,
  /**
   * `-194` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_194: -194,
  /**
   * `-185` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_185: -185,
  /**
   * `-184` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_184: -184,
  /**
   * `-183` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_183: -183,
  /**
   * `-181` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_181: -181,
  /**
   * `-180` Invalid path: URL too long, illegal characters, etc.
   * (路径错误，可能是url超过长度限制，非法字符等原因)
   *
   * Category `request`, retry class `never`.
   */
  INVALID_PATH: -180,
  /**
   * `-178` Path conflict: the file or directory to create already exists
   * (路径冲突，要上传的文件或者目录已经存在)
   *
   * Category `conflict`, retry class `never`.
   */
  PATH_CONFLICT: -178,
  /**
   * `-177` File exists with a different SHA; an overwrite upload can replace it
   * (文件已存在，但是和新要上传的文件sha值不一致，可用覆盖上传覆盖掉原来的文件)
   *
   * Category `conflict`, retry class `never`.
   */
  FILE_EXISTS_SHA_MISMATCH: -177,
  /**
   * `-176` Bucket to create already exists
   * (创建的bucket已经存在)
   *
   * Category `conflict`, retry class `never`.
   */
  BUCKET_ALREADY_EXISTS: -176,
  /**
   * `-175` Uploaded size does not match the declared Content-Length
   * (上传的文件大小和指定的content-length不一致)
   *
   * Category `integrity`, retry class `after-fix`.
   */
  CONTENT_LENGTH_MISMATCH: -175,
  /**
   * `-173` Cannot delete a bucket that is not empty
   * (删除非空的bucket)
   *
   * Category `conflict`, retry class `never`.
   */
  BUCKET_NOT_EMPTY: -173,
  /**
   * `-172` Bucket count would exceed the limit of 200
   * (bucket数量超过200个限制)
   *
   * Category `request`, retry class `never`.
   */
  BUCKET_LIMIT_EXCEEDED: -172,
  /**
   * `-134` Bucket does not allow cross-origin access
   * (bucket不支持跨域访问)
   *
   * Category `auth`, retry class `never`.
   */
  CORS_NOT_ENABLED: -134,
  /**
   * `-133` Bucket does not exist
   * (bucket不存在)
   *
   * Category `not-found`, retry class `never`.
   */
  BUCKET_NOT_FOUND: -133,
  /**
   * `-121` No CORS rule matches: Origin, Access-Control-Request-Method or Access-Control-Request-Headers not configured
   * (匹配跨域规则失败|可能 Origin| request method / Access-Control-Request-Method 或 Access-Control-Requet-Headers不在跨域规则配置里面)
   *
   * Category `auth`, retry class `never`.
   */
  CORS_RULE_MISMATCH: -121,
  /**
   * `-120` Upload ID does not exist
   * (uploadid不存在)
   *
   * Category `resumable`, retry class `after-fix`.
   */
  UPLOAD_ID_NOT_FOUND: -120,
  /**
   * `-119` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_119: -119,
  /**
   * `-118` Part number not found
   * (上传块编号找不到)
   *
   * Category `resumable`, retry class `after-fix`.
   */
  PART_NUMBER_NOT_FOUND: -118,
  /**
   * `-117` Part numbers are not contiguous when finishing a multipart upload
   * (分块上传finish时块编号不连续)
   *
   * Category `resumable`, retry class `after-fix`.
   */
  PARTS_NOT_CONTIGUOUS: -117,
  /**
   * `-116` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_116: -116,
  /**
   * `-101` Copy not needed: last-modified/ETag condition matched
   * (不需要拷贝|可能上次更新时间/ETag规则匹配问题)
   *
   * Category `conflict`, retry class `never`.
   */
  COPY_NOT_NEEDED: -101,
  /**
   * `-100` Copy precondition conflict
   * (copy的前置条件冲突)
   *
   * Category `conflict`, retry class `never`.
   */
  COPY_PRECONDITION_FAILED: -100,
  /**
   * `-99` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_99: -99,
  /**
   * `-98` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_98: -98,
  /**
   * `-97` Signature verification failed
   * (签名校验失败)
   *
   * Category `signature`, retry class `never`.
   */
  SIGNATURE_INVALID: -97,
  /**
   * `-96` Signature expired
   * (签名过期)
   *
   * Category `signature-expired`, retry class `after-fix`.
   */
  SIGNATURE_EXPIRED: -96,
  /**
   * `-85` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_85: -85,
  /**
   * `-83` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_83: -83,
  /**
   * `-81` Signature is empty on an operation that needs authentication
   * (签名为空（需鉴权的操作提供签名为空）)
   *
   * Category `signature`, retry class `never`.
   */
  SIGNATURE_MISSING: -81,
  /**
   * `-79` SecretId does not exist
   * (secret id不存在)
   *
   * Category `auth`, retry class `never`.
   */
  SECRET_ID_NOT_FOUND: -79,
  /**
   * `-77` One-time signature has already been used
   * (单次性签名已被使用过)
   *
   * Category `signature-expired`, retry class `after-fix`.
   */
  ONE_TIME_SIGNATURE_REUSED: -77,
  /**
   * `-76` One-time signature does not specify the f (file) field
   * (单次签名没有指定f参数)
   *
   * Category `signature`, retry class `never`.
   */
  ONE_TIME_SIGNATURE_MISSING_FILE: -76,
  /**
   * `-75` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_75: -75,
  /**
   * `-74` Multi-use signature has expiry time 0
   * (多次签名-过期时间为0)
   *
   * Category `signature`, retry class `never`.
   */
  MULTI_USE_SIGNATURE_ZERO_EXPIRY: -74,
  /**
   * `-73` One-time signature has a non-zero expiry time
   * (单次签名-过期时间不为0)
   *
   * Category `signature`, retry class `never`.
   */
  ONE_TIME_SIGNATURE_NONZERO_EXPIRY: -73,
  /**
   * `-71` Operations too frequent; try again later
   * (操作太频繁|请稍后再试)
   *
   * Category `throttling`, retry class `backoff`.
   */
  TOO_MANY_REQUESTS: -71,
  /**
   * `-70` Request AppID does not match the AppID in the signature
   * (请求的appid和签名中的appid不匹配)
   *
   * Category `auth`, retry class `never`.
   */
  APPID_MISMATCH: -70,
  /**
   * `-66` Network request failed (unspecified network fault)
   * (网络请求失败 （错误码太笼统了，这里需要改下比如到哪里的网络故障，什么故障超时还是什么）)
   *
   * Category `transient`, retry class `backoff`.
   */
  NETWORK_REQUEST_FAILED: -66,
  /**
   * `-64` UID of the SecretId does not match the AppID in the signature
   * (secretid中的uid和签名中的appid不匹配)
   *
   * Category `auth`, retry class `never`.
   */
  SECRET_ID_APPID_MISMATCH: -64,
  /**
   * `-63` Request URI does not match the f (file) field in the signature
   * (请求中的uri与签名中的f不匹配)
   *
   * Category `signature`, retry class `never`.
   */
  SIGNATURE_RESOURCE_MISMATCH: -63,
  /**
   * `-62` SecretId is probably wrong; otherwise contact support
   * (secretid可能填错或联系官方处理)
   *
   * Category `auth`, retry class `never`.
   */
  SECRET_ID_INVALID: -62,
  /**
   * `-59` S3-style signature expired
   * (s3签名过期)
   *
   * Category `signature-expired`, retry class `after-fix`.
   */
  S3_SIGNATURE_EXPIRED: -59,
  /**
   * `-58` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_58: -58,
  /**
   * `-57` Signature lacks a required field
   * (签名缺失必填字段)
   *
   * Category `signature`, retry class `never`.
   */
  SIGNATURE_MISSING_FIELD: -57,
  /**
   * `-56` Headers in the signature are not sorted
   * (签名中的header未排序)
   *
   * Category `signature`, retry class `never`.
   */
  SIGNATURE_HEADERS_UNSORTED: -56,
  /**
   * `-55` User has no permission for this operation
   * (用户没有此操作权限)
   *
   * Category `auth`, retry class `never`.
   */
  ACCESS_DENIED: -55,
  /**
   * `-29175` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29175: -29175,
  /**
   * `-29173` Multipart upload must not specify a storage class
   * (分块上传不应指定存储介质)
   *
   * Category `request`, retry class `never`.
   */
  MULTIPART_STORAGE_CLASS_NOT_ALLOWED: -29173,
  /**
   * `-29172` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29172: -29172,
  /**
   * `-29171` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29171: -29171,
  /**
   * `-29170` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29170: -29170,
  /**
   * `-29169` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29169: -29169,
  /**
   * `-29168` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29168: -29168,
  /**
   * `-29166` List-parts request carries no UploadId
   * (list分块请求没有携带UploadID)
   *
   * Category `request`, retry class `never`.
   */
  LIST_PARTS_MISSING_UPLOAD_ID: -29166,
  /**
   * `-29165` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29165: -29165,
  /**
   * `-29164` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29164: -29164,
  /**
   * `-29163` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29163: -29163,
  /**
   * `-29162` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29162: -29162,
  /**
   * `-29161` ETag given to complete-multipart has the wrong length
   * (分片上传完成接口指定的Etag长度错误)
   *
   * Category `request`, retry class `never`.
   */
  COMPLETE_INVALID_ETAG_LENGTH: -29161,
  /**
   * `-29159` Finish-slice-upload request body is empty
   * (结束上传分片请求body为空)
   *
   * Category `request`, retry class `never`.
   */
  COMPLETE_EMPTY_BODY: -29159,
  /**
   * `-29156` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29156: -29156,
  /**
   * `-29155` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29155: -29155,
  /**
   * `-29150` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29150: -29150,
  /**
   * `-29148` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29148: -29148,
  /**
   * `-29147` JSON API concurrent MD5 upload: part content read back differs from the uploaded content
   * (JSON API接口md5并发上传时，读取分片的内容和上传内容不一致)
   *
   * Category `integrity`, retry class `after-fix`.
   */
  CONCURRENT_PART_MD5_MISMATCH: -29147,
  /**
   * `-29146` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29146: -29146,
  /**
   * `-29145` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29145: -29145,
  /**
   * `-29143` Upload MD5 check failed
   * (上传文件MD5校验失败)
   *
   * Category `integrity`, retry class `after-fix`.
   */
  UPLOAD_MD5_MISMATCH: -29143,
  /**
   * `-29141` filesize given at multipart (slice) init is wrong
   * (分片上传init指定的filesize错误)
   *
   * Category `request`, retry class `never`.
   */
  SLICE_INIT_INVALID_FILESIZE: -29141,
  /**
   * `-29140` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29140: -29140,
  /**
   * `-29138` v4 multipart (slice) upload SHA check failed
   * (v4分片上传，sha值校验失败)
   *
   * Category `integrity`, retry class `after-fix`.
   */
  SLICE_SHA_MISMATCH: -29138,
  /**
   * `-29137` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29137: -29137,
  /**
   * `-29136` Same file: resume the upload instead of deleting and re-uploading
   * (相同的文件请使用断点续传，不要删除后重传)
   *
   * Category `resumable`, retry class `after-fix`.
   */
  USE_RESUMABLE_UPLOAD: -29136,
  /**
   * `-29134` Slice size given at multipart init does not conform
   * (初始化分片上传指定的分片大小不符合规范)
   *
   * Category `request`, retry class `never`.
   */
  SLICE_INIT_INVALID_SLICE_SIZE: -29134,
  /**
   * `-29133` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29133: -29133,
  /**
   * `-29132` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29132: -29132,
  /**
   * `-29131` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29131: -29131,
  /**
   * `-29130` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29130: -29130,
  /**
   * `-29129` Download of a file whose upload is not yet complete
   * (下载文件时文件尚未完成上传)
   *
   * Category `conflict`, retry class `never`.
   */
  DOWNLOAD_UPLOAD_INCOMPLETE: -29129,
  /**
   * `-29128` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29128: -29128,
  /**
   * `-29126` Multipart (slice) upload init did not give the filesize parameter
   * (初始化分片上传未指定filesize参数)
   *
   * Category `request`, retry class `never`.
   */
  SLICE_INIT_MISSING_FILESIZE_29126: -29126,
  /**
   * `-29125` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29125: -29125,
  /**
   * `-29124` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29124: -29124,
  /**
   * `-29123` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29123: -29123,
  /**
   * `-29119` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29119: -29119,
  /**
   * `-29118` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29118: -29118,
  /**
   * `-29117` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29117: -29117,
  /**
   * `-29115` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29115: -29115,
  /**
   * `-29114` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29114: -29114,
  /**
   * `-29112` Internal error
   * (内部错误)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29112: -29112,
  /**
   * `-29111` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29111: -29111,
  /**
   * `-29110` Malformed JSON in request
   * (请求json格式错误)
   *
   * Category `request`, retry class `never`.
   */
  INVALID_JSON_29110: -29110,
  /**
   * `-29109` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29109: -29109,
  /**
   * `-29108` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29108: -29108,
  /**
   * `-29107` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29107: -29107,
  /**
   * `-29106` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29106: -29106,
  /**
   * `-29105` JSON API upload exceeds the 64 GB system limit
   * (JSON API上传的文件超过系统限制，限制为64G)
   *
   * Category `request`, retry class `never`.
   */
  FILE_EXCEEDS_64GB: -29105,
  /**
   * `-29104` Finish-slice-upload did not give the filesize parameter
   * (结束上传分片未指定filesize参数)
   *
   * Category `request`, retry class `never`.
   */
  SLICE_FINISH_MISSING_FILESIZE: -29104,
  /**
   * `-29103` Wrong session ID on upload
   * (上传时sessionid传错)
   *
   * Category `resumable`, retry class `after-fix`.
   */
  WRONG_SESSION_ID: -29103,
  /**
   * `-29102` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29102: -29102,
  /**
   * `-29101` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29101: -29101,
  /**
   * `-29100` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29100: -29100,
  /**
   * `-29099` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29099: -29099,
  /**
   * `-29098` Upload data offset is not a multiple of the slice size
   * (用户上传数据偏移量不是每块的整数倍错误)
   *
   * Category `request`, retry class `never`.
   */
  INVALID_SLICE_OFFSET: -29098,
  /**
   * `-29096` Invalid session ID
   * (传的sessionid不合法)
   *
   * Category `resumable`, retry class `after-fix`.
   */
  INVALID_SESSION_ID_29096: -29096,
  /**
   * `-29094` Invalid session ID
   * (传的sessionid不合法)
   *
   * Category `resumable`, retry class `after-fix`.
   */
  INVALID_SESSION_ID_29094: -29094,
  /**
   * `-29093` Invalid session ID
   * (传的sessionid不合法)
   *
   * Category `resumable`, retry class `after-fix`.
   */
  INVALID_SESSION_ID_29093: -29093,
  /**
   * `-29088` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29088: -29088,
  /**
   * `-29087` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29087: -29087,
  /**
   * `-29086` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29086: -29086,
  /**
   * `-29085` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29085: -29085,
  /**
   * `-29084` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29084: -29084,
  /**
   * `-29083` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29083: -29083,
  /**
   * `-29082` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29082: -29082,
  /**
   * `-29081` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29081: -29081,
  /**
   * `-29080` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29080: -29080,
  /**
   * `-29070` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29070: -29070,
  /**
   * `-29069` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29069: -29069,
  /**
   * `-29066` Undocumented: the table holds only an internal note (to be confirmed with art)
   * (跟art再确认)
   *
   * Category `internal`, retry class `backoff`.
   */
  UNDOCUMENTED_ERROR_29066: -29066,
  /**
   * `-29063` Part MD5 mismatch
   * (分片md5不一致)
   *
   * Category `integrity`, retry class `after-fix`.
   */
  PART_MD5_MISMATCH: -29063,
  /**
   * `-29044` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29044: -29044,
  /**
   * `-29043` File does not exist
   * (文件不存在)
   *
   * Category `not-found`, retry class `never`.
   */
  FILE_NOT_FOUND_29043: -29043,
  /**
   * `-29037` If-Modified-Since header has an invalid time format
   * (If-Modified-Since用户头部If-Modified-Since时间格式错误)
   *
   * Category `request`, retry class `never`.
   */
  INVALID_IF_MODIFIED_SINCE: -29037,
  /**
   * `-29036` File upload not complete; download not allowed
   * (文件未上传完成，不允许下载)
   *
   * Category `conflict`, retry class `never`.
   */
  DOWNLOAD_UPLOAD_INCOMPLETE_29036: -29036,
  /**
   * `-29034` Download offset is greater than the file size
   * (下载的offset大于文件的fsize)
   *
   * Category `request`, retry class `never`.
   */
  DOWNLOAD_OFFSET_OUT_OF_RANGE: -29034,
  /**
   * `-29033` Download request has no valid Range
   * (下载请求没有有效的range)
   *
   * Category `request`, retry class `never`.
   */
  INVALID_RANGE: -29033,
  /**
   * `-29031` Internal error
   * (内部错误)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29031: -29031,
  /**
   * `-29027` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29027: -29027,
  /**
   * `-29026` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29026: -29026,
  /**
   * `-29021` Session ID transmitted incorrectly on upload
   * (上传文件sessionid传输错误)
   *
   * Category `resumable`, retry class `after-fix`.
   */
  SESSION_ID_TRANSFER_ERROR: -29021,
  /**
   * `-29015` Host header missing or wrong
   * (HEADER字段中没有host或者host错误)
   *
   * Category `request`, retry class `never`.
   */
  INVALID_HOST_HEADER: -29015,
  /**
   * `-29012` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29012: -29012,
  /**
   * `-29011` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29011: -29011,
  /**
   * `-29010` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29010: -29010,
  /**
   * `-29003` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29003: -29003,
  /**
   * `-29002` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29002: -29002,
  /**
   * `-29001` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29001: -29001,
  /**
   * `-29000` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29000: -29000,
  /**
   * `101` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_POSITIVE_101: 101,
  /**
   * `100` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_POSITIVE_100: 100,
  /**
   * `-29993` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29993: -29993,
  /**
   * `-29992` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29992: -29992,
  /**
   * `-29991` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_29991: -29991,
  /**
   * `-46642` AppID does not exist
   * (appid不存在)
   *
   * Category `auth`, retry class `never`.
   */
  APPID_NOT_FOUND: -46642,
  /**
   * `-46641` File version does not exist (versioned bucket)
   * (多版本下的文件不存在)
   *
   * Category `not-found`, retry class `never`.
   */
  VERSION_NOT_FOUND: -46641,
  /**
   * `-46640` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46640: -46640,
  /**
   * `-46639` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46639: -46639,
  /**
   * `-46638` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46638: -46638,
  /**
   * `-46637` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46637: -46637,
  /**
   * `-46636` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46636: -46636,
  /**
   * `-46635` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46635: -46635,
  /**
   * `-46634` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46634: -46634,
  /**
   * `-46632` Append length is 0
   * (追加文件长度为0)
   *
   * Category `request`, retry class `never`.
   */
  APPEND_EMPTY: -46632,
  /**
   * `-46627` User is on the blacklist
   * (用户在黑名单里面)
   *
   * Category `banned`, retry class `never`.
   */
  USER_BLACKLISTED: -46627,
  /**
   * `-46626` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46626: -46626,
  /**
   * `-46622` Invalid part size
   * (非法分片大小)
   *
   * Category `request`, retry class `never`.
   */
  INVALID_PART_SIZE: -46622,
  /**
   * `-46621` File is banned (e.g. pornographic or politically sensitive content)
   * (文件被封禁，可能涉黄政治敏感信息被封禁)
   *
   * Category `banned`, retry class `never`.
   */
  FILE_BANNED: -46621,
  /**
   * `-46620` Bucket is banned, possibly for excessive QPS or malicious attack
   * (bucket被封禁，可能qps过高，恶意攻击被后台封禁)
   *
   * Category `banned`, retry class `never`.
   */
  BUCKET_BANNED: -46620,
  /**
   * `-46619` Signature expired: signing machine clock differs from Beijing time, or an expired signature was reused
   * (签名过期，可能生成签名机器的时间跟北京时间不一致，或者用户拿着签名过期串访问)
   *
   * Category `signature-expired`, retry class `after-fix`.
   */
  SIGNATURE_EXPIRED_46619: -46619,
  /**
   * `-46618` Signature verification failed: wrong signing algorithm, disabled key, or AppID/key mismatch
   * (签名校验失败，用户签名算法错误，秘钥被禁用，appid和秘钥对不上等错误)
   *
   * Category `signature`, retry class `never`.
   */
  SIGNATURE_INVALID_46618: -46618,
  /**
   * `-46617` Referer is on the bucket referer blacklist
   * (bucket的refer黑名单配置了访问的refer域名)
   *
   * Category `auth`, retry class `never`.
   */
  REFERER_BLACKLISTED: -46617,
  /**
   * `-46616` Referer is not on the bucket referer whitelist
   * (bucket的refer白名单没有配置访问的refer域名)
   *
   * Category `auth`, retry class `never`.
   */
  REFERER_NOT_WHITELISTED: -46616,
  /**
   * `-46615` Bucket access forbidden: excessive traffic, overdue payment, or policy violation
   * (bucket禁止访问，可能您的bucket访问量过大或欠费或违反了政策法规导致的封禁)
   *
   * Category `banned`, retry class `never`.
   */
  BUCKET_ACCESS_FORBIDDEN: -46615,
  /**
   * `-46614` File upload incomplete: only part was uploaded; check the upload for errors
   * (文件没有完成上传，只传了一部分，检查上传时候有无报错)
   *
   * Category `conflict`, retry class `never`.
   */
  FILE_UPLOAD_INCOMPLETE: -46614,
  /**
   * `-46613` Custom biz_attr too large (maximum 4 KB)
   * (自定义的biz_attr过大，目前最大4K)
   *
   * Category `request`, retry class `never`.
   */
  BIZ_ATTR_TOO_LARGE_46613: -46613,
  /**
   * `-46607` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46607: -46607,
  /**
   * `-46601` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46601: -46601,
  /**
   * `-46313` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46313: -46313,
  /**
   * `-46312` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46312: -46312,
  /**
   * `-46311` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46311: -46311,
  /**
   * `-46310` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46310: -46310,
  /**
   * `-46309` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46309: -46309,
  /**
   * `-46308` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46308: -46308,
  /**
   * `-46307` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46307: -46307,
  /**
   * `-46306` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46306: -46306,
  /**
   * `-46305` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46305: -46305,
  /**
   * `-46304` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46304: -46304,
  /**
   * `-46303` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46303: -46303,
  /**
   * `-46302` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46302: -46302,
  /**
   * `-46301` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46301: -46301,
  /**
   * `-46212` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46212: -46212,
  /**
   * `-46211` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46211: -46211,
  /**
   * `-46210` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46210: -46210,
  /**
   * `-46209` Wrong versionid on upload
   * (上传时versionid不正确)
   *
   * Category `request`, retry class `never`.
   */
  INVALID_VERSION_ID: -46209,
  /**
   * `-46208` A directory with the same name already exists
   * (相同的文件名已存在，并且是目录)
   *
   * Category `conflict`, retry class `never`.
   */
  NAME_EXISTS_AS_DIRECTORY: -46208,
  /**
   * `-46207` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46207: -46207,
  /**
   * `-46206` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46206: -46206,
  /**
   * `-46205` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46205: -46205,
  /**
   * `-46204` CORS rules too long (maximum 100 KB)
   * (跨域设置时候规则超长，最大100KB)
   *
   * Category `request`, retry class `never`.
   */
  CORS_RULES_TOO_LONG_46204: -46204,
  /**
   * `-46203` CORS rules too long (maximum 100 KB)
   * (跨域设置时候规则超长，最大100KB)
   *
   * Category `request`, retry class `never`.
   */
  CORS_RULES_TOO_LONG_46203: -46203,
  /**
   * `-46202` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46202: -46202,
  /**
   * `-46201` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46201: -46201,
  /**
   * `-46200` Batch delete holds too many objects (maximum 1000)
   * (批量删除时，数量过大，最多1000个)
   *
   * Category `request`, retry class `never`.
   */
  BATCH_DELETE_TOO_MANY: -46200,
  /**
   * `-46199` Part ETags given at multipart finish do not match the stored parts
   * (分块上传finish时，传入的各个分块的Etag值与系统对不上)
   *
   * Category `resumable`, retry class `after-fix`.
   */
  COMPLETE_ETAG_MISMATCH: -46199,
  /**
   * `-46198` Append to an object that is not of appendable type
   * (在非追加类型的文件上追加数据)
   *
   * Category `conflict`, retry class `never`.
   */
  APPEND_TO_NON_APPENDABLE: -46198,
  /**
   * `-46197` Append offset does not match the current object size in COS
   * (追加上传时，offset和cos上文件大小不一致)
   *
   * Category `resumable`, retry class `after-fix`.
   */
  APPEND_OFFSET_MISMATCH: -46197,
  /**
   * `-46196` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46196: -46196,
  /**
   * `-46195` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46195: -46195,
  /**
   * `-46194` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46194: -46194,
  /**
   * `-46193` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46193: -46193,
  /**
   * `-46192` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46192: -46192,
  /**
   * `-46191` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46191: -46191,
  /**
   * `-46190` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46190: -46190,
  /**
   * `-46189` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46189: -46189,
  /**
   * `-46188` CORS rules too long (maximum 100 KB)
   * (跨域设置时候规则超长，最大100KB)
   *
   * Category `request`, retry class `never`.
   */
  CORS_RULES_TOO_LONG: -46188,
  /**
   * `-46187` Invalid CORS rule parameters
   * (跨域设置的规则参数有误)
   *
   * Category `request`, retry class `never`.
   */
  INVALID_CORS_RULE: -46187,
  /**
   * `-46186` Invalid flag when setting CORS
   * (设置跨域时标志有误)
   *
   * Category `request`, retry class `never`.
   */
  INVALID_CORS_FLAG: -46186,
  /**
   * `-46185` Custom headers too long (maximum 4 KB)
   * (自定义header超长，最大4KB)
   *
   * Category `request`, retry class `never`.
   */
  CUSTOM_HEADERS_TOO_LONG: -46185,
  /**
   * `-46184` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46184: -46184,
  /**
   * `-46183` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46183: -46183,
  /**
   * `-46182` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46182: -46182,
  /**
   * `-46181` Referer too long (maximum 3 KB)
   * (refer长度过长，最大3K)
   *
   * Category `request`, retry class `never`.
   */
  REFERER_TOO_LONG: -46181,
  /**
   * `-46180` Signature too long (maximum 2 KB)
   * (签名过长，最大2K)
   *
   * Category `signature`, retry class `never`.
   */
  SIGNATURE_TOO_LONG: -46180,
  /**
   * `-46179` Wrong flag when banning a file
   * (封禁文件时，标志传错)
   *
   * Category `request`, retry class `never`.
   */
  INVALID_BAN_FLAG: -46179,
  /**
   * `-46178` List delimiter is longer than 1 character
   * (查询文件列表时，delimiter长度大于1)
   *
   * Category `request`, retry class `never`.
   */
  INVALID_DELIMITER: -46178,
  /**
   * `-46177` List offset exceeds the path length limit
   * (list时填的offset长度超过path长度限制)
   *
   * Category `request`, retry class `never`.
   */
  LIST_OFFSET_TOO_LONG: -46177,
  /**
   * `-46176` Invalid biz_attr length (maximum 4 KB)
   * (biz attr长度非法，最大4K)
   *
   * Category `request`, retry class `never`.
   */
  BIZ_ATTR_LENGTH_INVALID: -46176,
  /**
   * `-46175` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46175: -46175,
  /**
   * `-46174` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46174: -46174,
  /**
   * `-46173` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46173: -46173,
  /**
   * `-46172` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46172: -46172,
  /**
   * `-46171` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46171: -46171,
  /**
   * `-46170` Wrong Host value on download
   * (下载文件时，host值传的不对)
   *
   * Category `request`, retry class `never`.
   */
  DOWNLOAD_INVALID_HOST: -46170,
  /**
   * `-46169` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46169: -46169,
  /**
   * `-46168` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46168: -46168,
  /**
   * `-46158` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46158: -46158,
  /**
   * `-46105` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46105: -46105,
  /**
   * `-46104` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46104: -46104,
  /**
   * `-46103` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46103: -46103,
  /**
   * `-46102` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46102: -46102,
  /**
   * `-46101` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46101: -46101,
  /**
   * `-46031` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46031: -46031,
  /**
   * `-46030` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46030: -46030,
  /**
   * `-46026` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46026: -46026,
  /**
   * `-46025` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46025: -46025,
  /**
   * `-46024` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46024: -46024,
  /**
   * `-46023` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46023: -46023,
  /**
   * `-46022` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46022: -46022,
  /**
   * `-46021` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46021: -46021,
  /**
   * `-46020` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46020: -46020,
  /**
   * `-46007` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46007: -46007,
  /**
   * `-46005` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46005: -46005,
  /**
   * `-46004` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46004: -46004,
  /**
   * `-46003` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46003: -46003,
  /**
   * `-46002` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46002: -46002,
  /**
   * `-46001` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_46001: -46001,
  /**
   * `-50122` Internal error; contact Tencent Cloud support
   * (内部错误，联系官方处理)
   *
   * Category `internal`, retry class `backoff`.
   */
  INTERNAL_ERROR_50122: -50122,
  /**
   * `-1` Invalid parameters, detected on the client by a legacy v4 SDK before sending
   *
   * Category `request`, retry class `never`.
   */
  SDK_PARAMS_ERROR: -1,
  /**
   * `-2` Network error while talking to COS, reported on the client by a legacy v4 SDK
   *
   * Category `transient`, retry class `backoff`.
   */
  SDK_NETWORK_ERROR: -2,
  /**
   * `-3` COS answered with a server error the legacy v4 SDK could not read
   *
   * Category `internal`, retry class `backoff`.
   */
  SDK_SERVER_ERROR: -3,
  /**
   * `-4` Unknown error inside a legacy v4 SDK
   *
   * Category `internal`, retry class `backoff`.
   */
  SDK_UNKNOWN_ERROR: -4,
} as const;

/**
 * Every COS XML-API error code, keyed by the code itself: `err.code === CosXmlErrorCode.NoSuchKey`.
 * Each value has its literal type (`"NoSuchKey"`). Misspelled variants (`BadRquest`) have no constant:
 * the helpers and the rules know them as the correct spelling.
 */
export const CosXmlErrorCode = {
  /**
   * `ActionAccelerateNotSupported`, HTTP 400, intl-2023: The acceleration endpoint does not support this
   * operation.
   * (加速域名不支持该操作)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  ActionAccelerateNotSupported: "ActionAccelerateNotSupported",
  /**
   * `AttachmentFull`, HTTP 400, intl-2023: The number of ACLs and policies has exceeded the upper
   * threshold. For more information, please see Specifications and Limits.
   * (ACL 和 Policy 数量到达上限。详情请参见 规格与限制)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  AttachmentFull: "AttachmentFull",
  /**
   * `BadDigest`, HTTP 400, intl-2023: Value of the provided Content-MD5 is not the same as the MD5 hash
   * value the server received.
   * (提供的 Content-MD5 值与服务端收到的请求体的 MD5 哈希值不一致)
   *
   * HTTP 400; category `integrity`, retry class `after-fix`.
   */
  BadDigest: "BadDigest",
  /**
   * `BadRequest` (spelled `BadRquest`), HTTP 400, intl-2023: Parameter error.
   * (参数错误)
   *
   * `BadRequest`, HTTP 400, intl-2026-ind: Invalid parameter.
   *
   * HTTP 400; category `request`, retry class `never`.
   * Also sent as `BadRquest` (no constant of its own).
   */
  BadRequest: "BadRequest",
  /**
   * `BucketAccelerateNotEnabled`, HTTP 400, intl-2023: The acceleration endpoint is not enabled for the
   * bucket
   * (该存储桶未启用加速域名)
   *
   * HTTP 400; category `precondition`, retry class `never`.
   */
  BucketAccelerateNotEnabled: "BucketAccelerateNotEnabled",
  /**
   * `BucketNameTooLong`, HTTP 400, intl-2023: The bucket name is too long. For more information, please
   * see Naming Conventions in Bucket Overview
   * (存储桶名称过长。详情请参见 存储桶命名规范)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  BucketNameTooLong: "BucketNameTooLong",
  /**
   * `BucketVersionNotOpen`, HTTP 400, intl-2023: Versioning is not enabled for the bucket
   * (存储桶未启用版本控制)
   *
   * HTTP 400; category `precondition`, retry class `never`.
   */
  BucketVersionNotOpen: "BucketVersionNotOpen",
  /**
   * `DNSRecordVerifyFailed`, HTTP 400, intl-2023: The DNS record fails to be verified. Please add a
   * CNAME or TXT record. The DNS record takes effect within 10 minutes
   * (DNS 记录验证失败，请添加 CNAME 或 TXT 记录。DNS 记录可能需要最多10分钟生效)
   *
   * HTTP 400; category `precondition`, retry class `never`.
   */
  DNSRecordVerifyFailed: "DNSRecordVerifyFailed",
  /**
   * `EntitySizeNotMatch`, HTTP 400, intl-2023: The size of the request body is not the same as that
   * specified in the Content-Length request header
   * (请求体大小与 Content-Length 请求头不符)
   *
   * HTTP 400; category `integrity`, retry class `after-fix`.
   */
  EntitySizeNotMatch: "EntitySizeNotMatch",
  /**
   * `EntityTooLarge`, HTTP 400, intl-2023: The size of the uploaded object exceeds the upper threshold.
   * For more information, please see Specifications and Limits
   * (上传的对象大小超过规定的最大值。详情请参见 规格与限制)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  EntityTooLarge: "EntityTooLarge",
  /**
   * `EntityTooSmall`, HTTP 400, intl-2023: The size of the uploaded object does not reach the lower
   * threshold. This error is often seen in multipart uploads. For more information, please see
   * Specifications and Limits
   * (上传的对象大小不足规定的最小值，常见于分块上传。详情请参见 规格与限制)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  EntityTooSmall: "EntityTooSmall",
  /**
   * `ExpiredToken`, HTTP 400, intl-2023: The temporary key token has expired
   * (临时密钥 Token 已过期)
   *
   * `ExpiredToken`, HTTP 403, intl-2019-12: The signature string has expired
   * (签名串已过期)
   *
   * HTTP 400, 403; category `signature-expired`, retry class `after-fix`.
   */
  ExpiredToken: "ExpiredToken",
  /**
   * `ImageResolutionExceed`, HTTP 400, intl-2023: The image resolution exceeds the limit, or the
   * animated image contains too many frames
   * (图片分辨率超出限制或动图帧数过多)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  ImageResolutionExceed: "ImageResolutionExceed",
  /**
   * `ImageTooLarge`, HTTP 400, intl-2023: The image is too large
   * (图片超过限制大小)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  ImageTooLarge: "ImageTooLarge",
  /**
   * `IncompleteBody`, HTTP 400, intl-2023: The size of the request body is smaller than that specified
   * in the Content-Length request header
   * (请求体大小小于 Content-Length 请求头)
   *
   * `IncompleteBody` (spelled `ImcompleteBody`), HTTP 400, intl-2019-04: The actual content length of
   * the request is inconsistent with the specified Content-Lengt.
   * (请求的实际内容长度和指定的Conent-Length不符)
   *
   * HTTP 400; category `integrity`, retry class `after-fix`.
   * Also sent as `ImcompleteBody` (no constant of its own).
   */
  IncompleteBody: "IncompleteBody",
  /**
   * `IncorrectNumberOfFilesInPostRequest`, HTTP 400, intl-2023: Only one object can be uploaded in a
   * POST Object request
   * (POST Object 请求每次只允许上传一个对象)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  IncorrectNumberOfFilesInPostRequest: "IncorrectNumberOfFilesInPostRequest",
  /**
   * `InvalidArgument`, HTTP 400, intl-2023: The argument is invalid. Please check whether the request
   * can take this argument
   * (请求参数不合法，请确认是否允许携带该请求参数)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InvalidArgument: "InvalidArgument",
  /**
   * `InvalidBucketName`, HTTP 400, intl-2023: The bucket name is invalid. For more information, please
   * see Naming Conventions
   * (存储桶名称不合法。详情请参见存储桶 命名规范)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InvalidBucketName: "InvalidBucketName",
  /**
   * `InvalidCopySource`, HTTP 400, intl-2023: The source for object replication is invalid
   * (复制对象源不合法)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InvalidCopySource: "InvalidCopySource",
  /**
   * `InvalidDelimiter`, HTTP 400, intl-2023: The delimiter parameter is invalid. It should be one
   * character
   * (分隔符（delimiter）参数不合法，分隔符只能为一个字符)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InvalidDelimiter: "InvalidDelimiter",
  /**
   * `InvalidDigest`, HTTP 400, intl-2023: The provided value of Content-MD5 is invalid
   * (给定的 Content-MD5 值不合法)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InvalidDigest: "InvalidDigest",
  /**
   * `InvalidImageFormat`, HTTP 400, intl-2023: The image format is invalid
   * (图片格式不合法)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InvalidImageFormat: "InvalidImageFormat",
  /**
   * `InvalidImageSource`, HTTP 400, intl-2023: The image source is invalid
   * (图片源不合法)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InvalidImageSource: "InvalidImageSource",
  /**
   * `InvalidLocationConstraint`, HTTP 400, intl-2023: The specified location is invalid
   * (指定的 location 不合法)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InvalidLocationConstraint: "InvalidLocationConstraint",
  /**
   * `InvalidObjectName`, HTTP 400, intl-2023: The object name is invalid. For more information, please
   * see ObjectKey
   * (对象名称不合法。详情请参见 对象键)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InvalidObjectName: "InvalidObjectName",
  /**
   * `InvalidPart`, HTTP 400, intl-2023: One or more parts are missing
   * (分块缺失)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InvalidPart: "InvalidPart",
  /**
   * `InvalidPartOrder`, HTTP 400, intl-2023: The part numbers are not continuous
   * (分块的编号不连续)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InvalidPartOrder: "InvalidPartOrder",
  /**
   * `InvalidPicOperations`, HTTP 400, intl-2023: The Pic-Operations request header is invalid
   * (Pic-Operations 请求头不合法)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InvalidPicOperations: "InvalidPicOperations",
  /**
   * `InvalidPolicyDocument`, HTTP 400, intl-2023: The policy in the POST Object request is invalid
   * (POST Object 请求中的策略（Policy）不合法)
   *
   * `InvalidPolicyDocument` (spelled `InvalidPolicyDocunment`), HTTP 400, intl-2019-04: Policy
   * configuration file is invalid
   * (策略配置文件不合法)
   *
   * HTTP 400; category `request`, retry class `never`.
   * Also sent as `InvalidPolicyDocunment` (no constant of its own).
   */
  InvalidPolicyDocument: "InvalidPolicyDocument",
  /**
   * `InvalidRegionName`, HTTP 400, intl-2023: The endpoint is invalid. For more information, please see
   * Regions and Access Endpoints
   * (不合法的地域名。详情请参见 地域和访问域名)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InvalidRegionName: "InvalidRegionName",
  /**
   * `InvalidRequest`, HTTP 400, intl-2023: The request is invalid
   * (请求不合法)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InvalidRequest: "InvalidRequest",
  /**
   * `InvalidSHA1Digest`, HTTP 400, intl-2023: The request fails the SHA-1 verification
   * (请求内容 SHA1 校验不合法)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InvalidSHA1Digest: "InvalidSHA1Digest",
  /**
   * `InvalidTag`, HTTP 400, intl-2023: The bucket tag is invalid. For more information, please see
   * Bucket Tag Overview
   * (存储桶标签不合法。详情请参见 存储桶标签概述)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InvalidTag: "InvalidTag",
  /**
   * `InvalidTargetBucketForLogging`, HTTP 400, intl-2023: The destination bucket for logging is invalid.
   * The destination bucket must be in the same region as the current bucket
   * (用于存放日志的目标存储桶不合法，目标存储桶必须与当前存储桶在同一个地域)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InvalidTargetBucketForLogging: "InvalidTargetBucketForLogging",
  /**
   * `InvalidUploadStatus`, HTTP 400, intl-2023: If versioning is enabled, you cannot call a JSON API to
   * upload objects. Please use an XML API
   * (当启用版本控制时不能使用 JSON API 上传对象，请使用 XML API)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InvalidUploadStatus: "InvalidUploadStatus",
  /**
   * `InvalidURI`, HTTP 400, intl-2023: The URI is invalid
   * (URI 不合法)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InvalidURI: "InvalidURI",
  /**
   * `InventoryFull`, HTTP 400, intl-2023: The number of inventory jobs has exceeded the upper threshold
   * (1,000)
   * (清单任务数量已达到限制。清单任务上限1000条)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InventoryFull: "InventoryFull",
  /**
   * `JsonAPINotSupportOnMAZBucket`, HTTP 400, intl-2023: JSON APIs do not support operations on MAZ
   * buckets. Please use XML APIs
   * (JSON API 不支持操作多 AZ 存储桶，请使用 XML API)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  JsonAPINotSupportOnMAZBucket: "JsonAPINotSupportOnMAZBucket",
  /**
   * `KeyTooLong`, HTTP 400, intl-2023: The object key is too long. For more information, please see
   * “ObjectKey” in Object Overview
   * (对象键过长。详情请参见 对象键)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  KeyTooLong: "KeyTooLong",
  /**
   * `KmsException`, HTTP 400, intl-2023: A Key Management Service (KMS) exception occurs
   * (密钥管理服务异常)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  KmsException: "KmsException",
  /**
   * `KmsKeyDisabled`, HTTP 400, intl-2023: The provided key is disabled
   * (提供的密钥已被禁用)
   *
   * HTTP 400; category `precondition`, retry class `never`.
   */
  KmsKeyDisabled: "KmsKeyDisabled",
  /**
   * `KmsKeyNotExist`, HTTP 400, intl-2023: The provided key does not exist
   * (提供的密钥不存在)
   *
   * HTTP 400; category `precondition`, retry class `never`.
   */
  KmsKeyNotExist: "KmsKeyNotExist",
  /**
   * `ListPartUploadIdIsEmpty`, HTTP 400, intl-2023: UploadId is empty
   * (UploadId 为空)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  ListPartUploadIdIsEmpty: "ListPartUploadIdIsEmpty",
  /**
   * `LoggingConfExists`, HTTP 400, intl-2023: The logging configuration already exists
   * (日志配置已存在)
   *
   * HTTP 400; category `conflict`, retry class `never`.
   */
  LoggingConfExists: "LoggingConfExists",
  /**
   * `LoggingPrefixInvalid`, HTTP 400, intl-2023: The logging prefix is invalid
   * (日志前缀参数不合法)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  LoggingPrefixInvalid: "LoggingPrefixInvalid",
  /**
   * `MalformedPolicy`, HTTP 400, intl-2023: The policy format is invalid
   * (策略格式不合法)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  MalformedPolicy: "MalformedPolicy",
  /**
   * `MalformedPOSTRequest`, HTTP 400, intl-2023: The request body content of the current POST request is
   * invalid
   * (该 POST 请求的请求体内容不合法)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  MalformedPOSTRequest: "MalformedPOSTRequest",
  /**
   * `MalformedXML`, HTTP 400, intl-2023: The XML syntax of the request body is incorrect
   * (请求体的 XML 格式不符合 XML 语法)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  MalformedXML: "MalformedXML",
  /**
   * `MAZOperationNotSupportOnOAZBucket`, HTTP 400, intl-2023: OAZ buckets do not support multi-AZ
   * operations. For the multi-AZ feature and its use limits, see Overview of Multi-AZ Feature
   * (单可用区（单 AZ）存储桶不支持多可用区（多 AZ）操作。关于多 AZ 特性及使用限制的说明请参见 多 AZ 特性概述 The multiple availability zones
   * operation is not supported by single availability zone bucket)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  MAZOperationNotSupportOnOAZBucket: "MAZOperationNotSupportOnOAZBucket",
  /**
   * `MissingRequestBodyError`, HTTP 400, intl-2023: The request body is missing
   * (请求体缺失)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  MissingRequestBodyError: "MissingRequestBodyError",
  /**
   * `MultiAZFeatureNotSupport`, HTTP 400, intl-2023: The current region does not support the MAZ feature
   * (当前地域不支持多可用区)
   *
   * HTTP 400; category `precondition`, retry class `never`.
   */
  MultiAZFeatureNotSupport: "MultiAZFeatureNotSupport",
  /**
   * `MultiBucketNotSupport`, HTTP 400, intl-2023: Only one destination bucket can be set for
   * cross-region replication
   * (跨地域复制只能设置一个目的存储桶)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  MultiBucketNotSupport: "MultiBucketNotSupport",
  /**
   * `NotifyRuleEventConflict`, HTTP 400, intl-2023: Notification rules (event) conflict
   * (通知规则 Event 冲突)
   *
   * HTTP 400; category `conflict`, retry class `never`.
   */
  NotifyRuleEventConflict: "NotifyRuleEventConflict",
  /**
   * `NotifyRulePrefixConflict`, HTTP 400, intl-2023: Notification rule prefixes conflict
   * (通知规则 Prefix 冲突)
   *
   * HTTP 400; category `conflict`, retry class `never`.
   */
  NotifyRulePrefixConflict: "NotifyRulePrefixConflict",
  /**
   * `NotifyRuleSuffixConflict`, HTTP 400, intl-2023: Notification rule suffixes conflict
   * (通知规则 Suffix 冲突)
   *
   * HTTP 400; category `conflict`, retry class `never`.
   */
  NotifyRuleSuffixConflict: "NotifyRuleSuffixConflict",
  /**
   * `NotSupportedStorageClass`, HTTP 400, intl-2023: The specified Storage Class is not supported
   * (指定的 存储类型 不支持)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  NotSupportedStorageClass: "NotSupportedStorageClass",
  /**
   * `OAZOperationNotSupportOnMAZBucket`, HTTP 400, intl-2023: Multi-AZ buckets do not support OAZ
   * operations. For the multi-AZ feature and its use limits, see Overview of Multi-AZ Feature
   * (多可用区存储桶不支持单可用区操作。关于多 AZ 特性及使用限制的说明请参见 多 AZ 特性概述 The single availability zone operation is not
   * supported by multiple availability zones bucket)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  OAZOperationNotSupportOnMAZBucket: "OAZOperationNotSupportOnMAZBucket",
  /**
   * `PolicyFull`, HTTP 400, intl-2023: The number of ACLs and policies exceeds the upper threshold. For
   * more information, please see Specifications and Limits
   * (ACL 和 Policy 数量到达上限。详情请参见 规格与限制)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  PolicyFull: "PolicyFull",
  /**
   * `PolicyVersionFull`, HTTP 400, intl-2023: The number of policy versions exceeds the limit
   * (Policy 版本数量到达上限)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  PolicyVersionFull: "PolicyVersionFull",
  /**
   * `RequestTimeout`, HTTP 400, intl-2023: The request timed out
   * (请求超时)
   *
   * `RequestTimeout` (spelled `RequestTimeOut`), HTTP 400, intl-2019-12: Data read timed out. Check your
   * network speed or reduce the number of concurrent uploads
   * (读取数据超时，检查网络是否过慢或上传并发数过大)
   *
   * HTTP 400; category `transient`, retry class `backoff`.
   * Also sent as `RequestTimeOut` (no constant of its own).
   */
  RequestTimeout: "RequestTimeout",
  /**
   * `SsecDecryptHeaderInvalid`, HTTP 400, intl-2023: The source object is encrypted with SSE-C.
   * Therefore, the same key should be provided in the request header
   * (源文件使用 SSE-C 加密，需要在请求头中提供相同的密钥)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  SsecDecryptHeaderInvalid: "SsecDecryptHeaderInvalid",
  /**
   * `SSEContentNotSupported`, HTTP 400, intl-2023: The encryption method is not supported
   * (加密方式不支持)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  SSEContentNotSupported: "SSEContentNotSupported",
  /**
   * `SSEHeaderNotAllowed`, HTTP 400, intl-2023: The operation does not support the specified SSE header
   * (该操作不支持指定的服务端加密头部)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  SSEHeaderNotAllowed: "SSEHeaderNotAllowed",
  /**
   * `TargetBucketNameInvalid`, HTTP 400, intl-2023: The destination bucket is invalid. For more
   * information, please see Naming Conventions
   * (目标存储桶名称不合法。详情请参见存储桶 命名规范)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  TargetBucketNameInvalid: "TargetBucketNameInvalid",
  /**
   * `TooManyBuckets`, HTTP 400, intl-2023: The number of buckets exceeds the upper limit (200)
   * (存储桶数目达到上限200)
   *
   * `TooManyBuckets` (spelled `TooManyBucket`), HTTP 400, intl-2019-04: The number of Buckets exceeds
   * the limit of 200
   * (bucket数量超过200限制)
   *
   * HTTP 400; category `request`, retry class `never`.
   * Also sent as `TooManyBucket` (no constant of its own).
   */
  TooManyBuckets: "TooManyBuckets",
  /**
   * `UnexpectedContent`, HTTP 400, intl-2023: The request does not support the related content
   * (请求不支持相关内容)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  UnexpectedContent: "UnexpectedContent",
  /**
   * `UserCnameInvalid`, HTTP 400, intl-2023: The specified CNAME does not exist or is invalid
   * (用户指定的 CNAME 不存在或不合法)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  UserCnameInvalid: "UserCnameInvalid",
  /**
   * `UserNetworkTooSlow`, HTTP 400, intl-2023: The network speed is too slow
   * (用户的网络速度过慢)
   *
   * HTTP 400; category `transient`, retry class `backoff`.
   */
  UserNetworkTooSlow: "UserNetworkTooSlow",
  /**
   * `VerifyAlgorithmNotSupported`, HTTP 400, intl-2023: The verification algorithm is not supported
   * (校验算法不支持)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  VerifyAlgorithmNotSupported: "VerifyAlgorithmNotSupported",
  /**
   * `WebsiteURLInvalid`, HTTP 400, intl-2023: The custom URL is invalid
   * (自定义域名 URL 不合法)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  WebsiteURLInvalid: "WebsiteURLInvalid",
  /**
   * `XMLSizeLimit`, HTTP 400, intl-2023: The length of XML exceeds the limit
   * (XML 长度超过限制)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  XMLSizeLimit: "XMLSizeLimit",
  /**
   * `PaymentRequired`, HTTP 402, intl-2023: The cost quota is used up
   * (超出费用配额限制)
   *
   * HTTP 402; category `banned`, retry class `never`.
   */
  PaymentRequired: "PaymentRequired",
  /**
   * `AccessDenied`, HTTP 403, intl-2023: The access is denied due to an incorrect signature or
   * permission. For more information, please see Request Signature and ACL Overview
   * (签名或者权限不正确，拒绝访问。请参考 请求签名 和 ACL 概述)
   *
   * HTTP 403; category `auth`, retry class `never`.
   * With the message "Request has expired": category `signature-expired`, retry class `after-fix`.
   */
  AccessDenied: "AccessDenied",
  /**
   * `AccessForbidden`, HTTP 403, intl-2023: The cross-origin resource sharing (CORS) request is denied.
   * Please check whether Origin, Access-Control-Request-Method, and Access-Control-Request-Headers in
   * the request method or request header are in the configured CORS allowlist
   * (跨域资源共享（CORS）请求被拒绝，请检查请求方法或请求头部中的
   * Origin、Access-Control-Request-Method、Access-Control-Request-Headers 是否在配置的 CORS 白名单中)
   *
   * HTTP 403; category `auth`, retry class `never`.
   */
  AccessForbidden: "AccessForbidden",
  /**
   * `InvalidAccessKeyId`, HTTP 403, intl-2023: The SecretID does not exist
   * (SecretID 不存在)
   *
   * `InvalidAccessKeyId` (spelled `InvaildAccessKeyId`), HTTP 403, intl-2019-04: AccessKey does not
   * exist
   * (AccessKey不存在)
   *
   * HTTP 403; category `auth`, retry class `never`.
   * Also sent as `InvaildAccessKeyId` (no constant of its own).
   */
  InvalidAccessKeyId: "InvalidAccessKeyId",
  /**
   * `InvalidObjectState`, HTTP 403, intl-2023: The storage class and requested operation conflict
   * (对象存储类型与操作请求冲突)
   *
   * `InvalidObjectState`, HTTP 409, intl-2023: The object state conflicts with the request
   * (对象状态与操作请求冲突)
   *
   * HTTP 403, 409; category `precondition`, retry class `never`.
   */
  InvalidObjectState: "InvalidObjectState",
  /**
   * `NoProcessAuthority`, HTTP 403, intl-2023: You do not have permission to process images
   * (没有处理图片的权限)
   *
   * HTTP 403; category `auth`, retry class `never`.
   */
  NoProcessAuthority: "NoProcessAuthority",
  /**
   * `RequestTimeTooSkewed`, HTTP 403, intl-2023: The difference between the local time and server time
   * is more than 15 minutes
   * (本地时间与服务器时间相差过大，超过15分钟)
   *
   * HTTP 403; category `signature-expired`, retry class `after-fix`.
   */
  RequestTimeTooSkewed: "RequestTimeTooSkewed",
  /**
   * `SignatureDoesNotMatch`, HTTP 403, intl-2023: The client-calculated signature is inconsistent with
   * that calculated on the COS server. You can refer to Request Signature and use COS's request
   * signature tool to check the signature generation process
   * (客户端计算的签名与 COS 服务端计算的签名不一致。请参阅 请求签名 文档并借助COS 请求签名工具 检查自行实现的签名过程)
   *
   * HTTP 403; category `signature`, retry class `never`.
   */
  SignatureDoesNotMatch: "SignatureDoesNotMatch",
  /**
   * `UserNotSourceBucketOwner`, HTTP 403, intl-2023: The current user is not the owner of the source
   * bucket
   * (当前用户不是源存储桶的拥有者)
   *
   * HTTP 403; category `auth`, retry class `never`.
   */
  UserNotSourceBucketOwner: "UserNotSourceBucketOwner",
  /**
   * `UserNotTargetBucketOwner`, HTTP 403, intl-2023: The current user is not the owner of the
   * destination bucket
   * (当前用户不是目标存储桶的拥有者)
   *
   * HTTP 403; category `auth`, retry class `never`.
   */
  UserNotTargetBucketOwner: "UserNotTargetBucketOwner",
  /**
   * `InventoryConfigurationNotFoundError`, HTTP 404, intl-2023: The list of inventory configurations is
   * not found
   * (清单配置未找到)
   *
   * HTTP 404; category `not-found`, retry class `never`.
   */
  InventoryConfigurationNotFoundError: "InventoryConfigurationNotFoundError",
  /**
   * `NoBucketQuotaPolicy`, HTTP 404, intl-2023: The bucket quota policy is not found
   * (存储桶配额策略不存在)
   *
   * HTTP 404; category `not-found`, retry class `never`.
   */
  NoBucketQuotaPolicy: "NoBucketQuotaPolicy",
  /**
   * `NoSuchBucket`, HTTP 404, intl-2023: The specified bucket is not found
   * (指定的存储桶不存在)
   *
   * HTTP 404; category `not-found`, retry class `never`.
   */
  NoSuchBucket: "NoSuchBucket",
  /**
   * `NoSuchCopySource`, HTTP 404, intl-2023: The source object to replicate is not found
   * (复制对象源不存在)
   *
   * HTTP 404; category `not-found`, retry class `never`.
   */
  NoSuchCopySource: "NoSuchCopySource",
  /**
   * `NoSuchCORSConfiguration`, HTTP 404, intl-2023: The specified CORS configuration is not found
   * (指定的跨域资源共享配置不存在)
   *
   * HTTP 404; category `not-found`, retry class `never`.
   */
  NoSuchCORSConfiguration: "NoSuchCORSConfiguration",
  /**
   * `NoSuchEncryptionConfiguration`, HTTP 404, intl-2023: The specified bucket encryption configuration
   * is not found
   * (指定的存储桶加密配置不存在)
   *
   * HTTP 404; category `not-found`, retry class `never`.
   */
  NoSuchEncryptionConfiguration: "NoSuchEncryptionConfiguration",
  /**
   * `NoSuchJob`, HTTP 404, intl-2023: The specified Batch Operation job is not found
   * (指定的批量处理任务不存在)
   *
   * HTTP 404; category `not-found`, retry class `never`.
   */
  NoSuchJob: "NoSuchJob",
  /**
   * `NoSuchKey`, HTTP 404, intl-2023: The specified object key is not found. You can call HEAD Object to
   * check whether the object exists
   * (指定的对象键不存在。检查对象是否存在请使用 HEAD Object 接口)
   *
   * HTTP 404; category `not-found`, retry class `never`.
   */
  NoSuchKey: "NoSuchKey",
  /**
   * `NoSuchLifecycleConfiguration`, HTTP 404, intl-2023: The specified lifecycle configuration is not
   * found
   * (指定的生命周期配置不存在)
   *
   * HTTP 404; category `not-found`, retry class `never`.
   */
  NoSuchLifecycleConfiguration: "NoSuchLifecycleConfiguration",
  /**
   * `NoSuchObjectLockConfiguration`, HTTP 404, intl-2023: The specified object lock configuration is not
   * found
   * (指定的对象锁定配置不存在)
   *
   * HTTP 404; category `not-found`, retry class `never`.
   */
  NoSuchObjectLockConfiguration: "NoSuchObjectLockConfiguration",
  /**
   * `NoSuchPolicyVersion`, HTTP 404, intl-2023: The specified policy version is not found
   * (指定的策略版本不存在)
   *
   * HTTP 404; category `not-found`, retry class `never`.
   */
  NoSuchPolicyVersion: "NoSuchPolicyVersion",
  /**
   * `NoSuchTagSet`, HTTP 404, intl-2023: The specified tag set is not found
   * (指定的标签集合不存在)
   *
   * HTTP 404; category `not-found`, retry class `never`.
   */
  NoSuchTagSet: "NoSuchTagSet",
  /**
   * `NoSuchUpload`, HTTP 404, intl-2023: The UploadId specified in a multipart upload is not found
   * (分块上传时指定的 UploadId 不存在)
   *
   * `NoSuchUpload`, HTTP 400, intl-2019-04: The uploadid specified for the multipart upload does not
   * exist
   * (分块上传时指定的uploadid不存在)
   *
   * HTTP 400, 404; category `not-found`, retry class `never`.
   */
  NoSuchUpload: "NoSuchUpload",
  /**
   * `NoSuchVersion`, HTTP 404, intl-2023: The specified version is not found
   * (指定版本不存在)
   *
   * `NoSuchVersion`, HTTP 400, intl-2019-12: The specified version does not exist
   * (指定版本不存在)
   *
   * HTTP 400, 404; category `not-found`, retry class `never`.
   */
  NoSuchVersion: "NoSuchVersion",
  /**
   * `NoSuchWebsiteConfiguration`, HTTP 404, intl-2023: The specified static website configuration is not
   * found
   * (指定的静态网站配置不存在)
   *
   * HTTP 404; category `not-found`, retry class `never`.
   */
  NoSuchWebsiteConfiguration: "NoSuchWebsiteConfiguration",
  /**
   * `OriginConfigurationNotFoundError`, HTTP 404, intl-2023: The origin-pull configuration is not found
   * (回源配置未找到)
   *
   * HTTP 404; category `not-found`, retry class `never`.
   */
  OriginConfigurationNotFoundError: "OriginConfigurationNotFoundError",
  /**
   * `ReplicationConfigurationNotFoundError`, HTTP 404, intl-2023: The configuration for cross-region
   * replication is not found
   * (跨地域复制配置未找到)
   *
   * HTTP 404; category `not-found`, retry class `never`.
   * Also sent as `ReplicationConfigurationnotFoundError` (no constant of its own).
   */
  ReplicationConfigurationNotFoundError: "ReplicationConfigurationNotFoundError",
  /**
   * `MethodNotAllowed`, HTTP 405, intl-2023: The resource does not support this HTTP method
   * (此资源不支持该 HTTP 方法)
   *
   * HTTP 405; category `request`, retry class `never`.
   * Also sent as `MethodMotAllowed` (no constant of its own).
   */
  MethodNotAllowed: "MethodNotAllowed",
  /**
   * `RestoreNonArchiveObject`, HTTP 405, intl-2023: Non-ARCHIVED objects cannot be restored
   * (不允许对非归档对象进行回热（恢复）)
   *
   * HTTP 405; category `request`, retry class `never`.
   */
  RestoreNonArchiveObject: "RestoreNonArchiveObject",
  /**
   * `UploadIdNotSupported`, HTTP 405, intl-2023: The specified UploadId is generated by a JSON API.
   * Therefore, you cannot operate with an XML API
   * (指定的 UploadId 由 JSON API 生成，不能使用 XML API 操作)
   *
   * HTTP 405; category `request`, retry class `never`.
   */
  UploadIdNotSupported: "UploadIdNotSupported",
  /**
   * `AppendPositionErr`, HTTP 409, intl-2023: The object length does not match position during the
   * append operation
   * (Append 操作时，对象长度和 Position 不一致)
   *
   * `AppendPositionErr`, HTTP 400, intl-2019-12: The object length doesn't match the position during the
   * Append operation
   * (Append 操作时，对象长度和 Position 不一致)
   *
   * HTTP 400, 409; category `resumable`, retry class `after-fix`.
   */
  AppendPositionErr: "AppendPositionErr",
  /**
   * `BucketAlreadyExists`, HTTP 409, intl-2023: The specified bucket already exists
   * (指定的存储桶已存在)
   *
   * HTTP 409; category `conflict`, retry class `never`.
   */
  BucketAlreadyExists: "BucketAlreadyExists",
  /**
   * `BucketAlreadyOwnedByYou`, HTTP 409, intl-2023: The specified bucket already exists and is owned by
   * the current account
   * (指定的存储桶已存在且由当前帐户创建)
   *
   * HTTP 409; category `conflict`, retry class `never`.
   */
  BucketAlreadyOwnedByYou: "BucketAlreadyOwnedByYou",
  /**
   * `BucketLocked`, HTTP 409, intl-2023: The bucket is locked. In this case, cross-region replication
   * and lifecycle are not supported
   * (存储桶已锁定，不能操作跨地域复制或生命周期)
   *
   * HTTP 409; category `conflict`, retry class `never`.
   */
  BucketLocked: "BucketLocked",
  /**
   * `BucketNotEmpty`, HTTP 409, intl-2023: The bucket is not empty
   * (存储桶不为空)
   *
   * HTTP 409; category `conflict`, retry class `never`.
   */
  BucketNotEmpty: "BucketNotEmpty",
  /**
   * `DomainConfigConflict`, HTTP 409, intl-2023: The endpoint configurations conflict. Please delete the
   * conflicting records
   * (域名配置冲突，请删除冲突的记录)
   *
   * HTTP 409; category `conflict`, retry class `never`.
   */
  DomainConfigConflict: "DomainConfigConflict",
  /**
   * `InvalidBucketState`, HTTP 409, intl-2023: The bucket state conflicts with the request. For example,
   * versioning configuration conflicts with cross-region replication
   * (存储桶状态与操作请求冲突，例如版本控制管理与跨地域复制的冲突)
   *
   * HTTP 409; category `conflict`, retry class `never`.
   */
  InvalidBucketState: "InvalidBucketState",
  /**
   * `InvalidLockedTime`, HTTP 409, intl-2023: The object lock time is invalid
   * (对象锁定时间无效)
   *
   * HTTP 409; category `conflict`, retry class `never`.
   */
  InvalidLockedTime: "InvalidLockedTime",
  /**
   * `ObjectLocked`, HTTP 409, intl-2023: The object is locked. In this case, you cannot overwrite upload
   * or delete the object, or modify the object metadata through copying
   * (对象已锁定，不允许覆盖上传或删除该对象，也不允许通过复制修改该对象的元数据)
   *
   * HTTP 409; category `conflict`, retry class `never`.
   */
  ObjectLocked: "ObjectLocked",
  /**
   * `PathConflict`, HTTP 409, intl-2023: Millisecond-level concurrency conflict occurs for objects with
   * the same name
   * (存在同名对象的毫秒级并发冲突)
   *
   * HTTP 409; category `transient`, retry class `backoff`.
   */
  PathConflict: "PathConflict",
  /**
   * `QuotaConflict`, HTTP 409, intl-2023: Quota conflict
   * (配额冲突)
   *
   * HTTP 409; category `conflict`, retry class `never`.
   */
  QuotaConflict: "QuotaConflict",
  /**
   * `QuotaOperationConflict`, HTTP 409, intl-2023: The bucket state does not support this operation
   * (该存储桶的状态不适用于该操作)
   *
   * `QuotaOperationConflict` (spelled `QuotaOperationConfilct`), HTTP 409, cn-2021-flare: (no English
   * text)
   *
   * HTTP 409; category `conflict`, retry class `never`.
   * Also sent as `QuotaOperationConfilct` (no constant of its own).
   */
  QuotaOperationConflict: "QuotaOperationConflict",
  /**
   * `RecordAlreadyExist`, HTTP 409, intl-2023: The DNS record conflicts. Please delete the conflicting
   * record, or add a CNAME/TXT record
   * (DNS 记录冲突，请删除冲突的记录，或添加 CNAME/TXT 记录)
   *
   * HTTP 409; category `conflict`, retry class `never`.
   */
  RecordAlreadyExist: "RecordAlreadyExist",
  /**
   * `RestoreAlreadyInProgress`, HTTP 409, intl-2023: The object is being restored
   * (该对象正在回热（恢复）中)
   *
   * HTTP 409; category `conflict`, retry class `never`.
   */
  RestoreAlreadyInProgress: "RestoreAlreadyInProgress",
  /**
   * `UploadConflict`, HTTP 409, intl-2023: Uploading the same object key too many times causes a
   * conflict
   * (同一个对象键频繁上传会导致冲突)
   *
   * HTTP 409; category `throttling`, retry class `backoff`.
   */
  UploadConflict: "UploadConflict",
  /**
   * `ObjectNotAppendable`, HTTP 409, intl-2023: The specified object is not appendable
   * (指定的对象不能追加)
   *
   * `ObjectNotAppendable`, HTTP 400, intl-2019-12: The specified object cannot be appended
   * (指定的对象不能追加)
   *
   * HTTP 400, 409; category `conflict`, retry class `never`.
   */
  ObjectNotAppendable: "ObjectNotAppendable",
  /**
   * `MissingContentLength`, HTTP 411, intl-2023: The Content-Length request header is missing
   * (Content-Length 请求头部缺失)
   *
   * HTTP 411; category `request`, retry class `never`.
   */
  MissingContentLength: "MissingContentLength",
  /**
   * `PreconditionFailed`, HTTP 412, intl-2023: The precondition matching failed
   * (前置条件不匹配)
   *
   * `PreconditionFailed`, HTTP 400, intl-2019-04: At least one of the preconditions you specified did
   * not hold
   * (前置条件匹配失败)
   *
   * HTTP 400, 412; category `precondition`, retry class `never`.
   */
  PreconditionFailed: "PreconditionFailed",
  /**
   * `InvalidRange`, HTTP 416, intl-2023: The requested object range is invalid
   * (请求的对象范围不合法)
   *
   * HTTP 416; category `request`, retry class `never`.
   */
  InvalidRange: "InvalidRange",
  /**
   * `DomainAuditFailed`, HTTP 451, intl-2023: The domain name does not have an ICP license
   * (域名未备案)
   *
   * HTTP 451; category `banned`, retry class `never`.
   */
  DomainAuditFailed: "DomainAuditFailed",
  /**
   * `UnavailableForLegalReasons`, HTTP 451, intl-2023: The service is unavailable. Please check whether
   * your account has overdue payments. If not, check whether there are restricted files by referring to
   * Content Compliance
   * (当前服务不可用，请检查账号是否欠费，若无欠费可通过 内容合规 查看是否存在违规内容)
   *
   * HTTP 451; category `banned`, retry class `never`.
   */
  UnavailableForLegalReasons: "UnavailableForLegalReasons",
  /**
   * `InternalError`, HTTP 500, intl-2023: Internal error of the server occurs
   * (服务端内部错误)
   *
   * `InternalError` (spelled `InternalErrror`), HTTP 500, intl-2019-12: Internal server error
   * (服务端内部错误)
   *
   * HTTP 500; category `internal`, retry class `backoff`.
   * Also sent as `InternalErrror` (no constant of its own).
   */
  InternalError: "InternalError",
  /**
   * `KmsInternalException`, HTTP 500, intl-2023: KMS internal error occurs
   * (查询密钥管理服务时发生服务端内部错误)
   *
   * HTTP 500; category `internal`, retry class `backoff`.
   */
  KmsInternalException: "KmsInternalException",
  /**
   * `NotImplemented`, HTTP 501, intl-2023: The request has not been implemented
   * (请求尚未实现)
   *
   * HTTP 501; category `request`, retry class `never`.
   */
  NotImplemented: "NotImplemented",
  /**
   * `KmsFreqControl`, HTTP 503, intl-2023: The KMS access frequency is too high
   * (请降低使用密钥管理服务的请求的访问频率)
   *
   * HTTP 503; category `throttling`, retry class `backoff`.
   */
  KmsFreqControl: "KmsFreqControl",
  /**
   * `ServiceUnavailable`, HTTP 503, intl-2023: The service is unavailable. Please retry
   * (服务暂不可用，请重试)
   *
   * HTTP 503; category `transient`, retry class `backoff`.
   */
  ServiceUnavailable: "ServiceUnavailable",
  /**
   * `SlowDown`, HTTP 503, intl-2023: The access frequency should be slowed down
   * (请降低访问频率)
   *
   * HTTP 503; category `throttling`, retry class `backoff`.
   */
  SlowDown: "SlowDown",
  /**
   * `PermanentRedirect`, HTTP 301, intl-2019-12: This resource has been permanently relocated. Please
   * use the HTTP Location response header to get redirected to the correct location
   * (该资源已经被永久改变了位置，请利用 HTTP Location 响应头部来重定向到正确的新位置)
   *
   * HTTP 301; category `redirect`, retry class `after-fix`.
   */
  PermanentRedirect: "PermanentRedirect",
  /**
   * `TemporaryRedirect`, HTTP 302, intl-2019-12: This resource has been temporarily relocated. Please
   * use the HTTP Location response header to get redirected to the correct location
   * (该资源已经被临时改变了位置，请利用 HTTP Location 响应头部来重定向到正确的新位置)
   *
   * `TemporaryRedirect`, HTTP 307, intl-2019-12: You will be temporarily redirected during the DNS
   * update
   * (在 DNS 更新期间，您将被临时重定向)
   *
   * HTTP 302, 307; category `redirect`, retry class `after-fix`.
   */
  TemporaryRedirect: "TemporaryRedirect",
  /**
   * `Redirect`, HTTP 307, intl-2019-12: Temporarily redirected
   * (临时重定向)
   *
   * HTTP 307; category `redirect`, retry class `after-fix`.
   */
  Redirect: "Redirect",
  /**
   * `LifeCycleIdNotUnique`, HTTP 400, intl-2019-12: The lifecycle ID is not unique
   * (生命周期 ID 不唯一)
   *
   * HTTP 400; category `conflict`, retry class `never`.
   */
  LifeCycleIdNotUnique: "LifeCycleIdNotUnique",
  /**
   * `LifeCycleRuleConflicted`, HTTP 400, intl-2019-12: There is a conflict in the lifecycle settings
   * (生命周期设置存在冲突)
   *
   * HTTP 400; category `conflict`, retry class `never`.
   */
  LifeCycleRuleConflicted: "LifeCycleRuleConflicted",
  /**
   * `MissingAppid`, HTTP 400, intl-2019-12: APPID is missing in the request headers
   * (请求头中缺少 APPID)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  MissingAppid: "MissingAppid",
  /**
   * `MissingContentMD5`, HTTP 400, intl-2019-12: Content-MD5 is missing in the request headers
   * (请求头中缺少 Content-MD5)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  MissingContentMD5: "MissingContentMD5",
  /**
   * `MissingHost`, HTTP 400, intl-2019-12: Host is missing in the request headers
   * (请求头中缺少 Host)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  MissingHost: "MissingHost",
  /**
   * `InvalidObjectStorage`, HTTP 403, intl-2019-12: Invalid storage class
   * (不合法的存储类型)
   *
   * HTTP 403; category `request`, retry class `never`.
   */
  InvalidObjectStorage: "InvalidObjectStorage",
  /**
   * `NoLifecycle`, HTTP 400, intl-2019-04: Lifecycle does not exist
   * (生命周期不存在)
   *
   * HTTP 400; category `not-found`, retry class `never`.
   */
  NoLifecycle: "NoLifecycle",
  /**
   * `InlineDataTooLarge`, HTTP 400, intl-2019-04: Inline data exceeds the maximum allowed size
   * (内链数据大小高于要求的最大值)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  InlineDataTooLarge: "InlineDataTooLarge",
  /**
   * `MalformedACLError`, HTTP 400, intl-2019-04: The specified ACL policy does not comply with XML
   * syntax
   * (描述的ACL策略不符合XML语法)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  MalformedACLError: "MalformedACLError",
  /**
   * `MaxMessageLengthExceeded`, HTTP 400, intl-2019-04: Request is too long
   * (请求过长)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  MaxMessageLengthExceeded: "MaxMessageLengthExceeded",
  /**
   * `MaxPostPreDataLengthExceededError`, HTTP 400, intl-2019-04: The POST request fields preceding the
   * upload file were too large, which usually happens in multipart upload operations.
   * (该POST请求的数据前缀过长，常见于分片上传)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  MaxPostPreDataLengthExceededError: "MaxPostPreDataLengthExceededError",
  /**
   * `MetadataTooLarge` (spelled `MatadataTooLarge`), HTTP 400, intl-2019-04: The size of metadata
   * exceeds the maximum allowed size
   * (元数据大小超过要求的最大值)
   *
   * HTTP 400; category `request`, retry class `never`.
   * Also sent as `MatadataTooLarge` (no constant of its own).
   */
  MetadataTooLarge: "MetadataTooLarge",
  /**
   * `MissingSecurityHeader`, HTTP 400, intl-2019-04: Required header is missing
   * (必要Header缺失)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  MissingSecurityHeader: "MissingSecurityHeader",
  /**
   * `RequestIsNotMultiPartContent`, HTTP 400, intl-2019-04: The Content-Type of the POST request is
   * invalid
   * (Post请求 Content-Type不合法)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  RequestIsNotMultiPartContent: "RequestIsNotMultiPartContent",
  /**
   * `UnresolvableGrantByUID`, HTTP 400, intl-2019-04: The provided UID does not exist
   * (提供的UID不存在)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  UnresolvableGrantByUID: "UnresolvableGrantByUID",
  /**
   * `UserKeyMustBeSpecified`, HTTP 400, intl-2019-04: The path must be specified for the POST operation
   * performed against a Bucket
   * (针对Bucket的Post操作必须指定明确路径)
   *
   * HTTP 400; category `request`, retry class `never`.
   */
  UserKeyMustBeSpecified: "UserKeyMustBeSpecified",
  /**
   * `AccountProblem`, HTTP 403, intl-2019-04: This operation has been denied by your account
   * (您的账号拒绝了此次操作)
   *
   * HTTP 403; category `banned`, retry class `never`.
   */
  AccountProblem: "AccountProblem",
  /**
   * `InvalidSecurity`, HTTP 403, intl-2019-04: Signature string is invalid
   * (签名串不合法)
   *
   * HTTP 403; category `signature`, retry class `never`.
   */
  InvalidSecurity: "InvalidSecurity",
  /**
   * `OperationAborted`, HTTP 409, intl-2019-04: The operation is not supported for the specified
   * resource, or the resource being downloaded is incomplete or damaged during transfer.
   * (指定资源不支持此类操作或者文件传输不完整，有损坏，当下载的时候会报该错误码)
   *
   * HTTP 409; category `conflict`, retry class `never`.
   */
  OperationAborted: "OperationAborted",
  /**
   * `InvalidAddressingHeader` (spelled `InvaildAddressingHeader`), HTTP status N/A, intl-2019-04:
   * Anonymous access is required
   * (必须使用匿名角色访问)
   *
   * HTTP N/A; category `request`, retry class `never`.
   * Also sent as `InvaildAddressingHeader` (no constant of its own).
   */
  InvalidAddressingHeader: "InvalidAddressingHeader",
} as const;

const catalogData: CosErrorEntry[] = [
  {
    code: -5999,
    name: "INVALID_PARAMETER",
    category: "request",
    retry: "never",
    zh: ["请求参数错误"],
    en: ["Invalid request parameter"],
    source: "server",
  },
  {
    code: -5997,
    name: "INTERNAL_ERROR_5997",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -5996,
    name: "INVALID_HTTP_METHOD",
    category: "request",
    retry: "never",
    zh: ["HTTP请求方法错误，或者没有发送HTTP请求方法"],
    en: ["Wrong or missing HTTP request method"],
    source: "server",
  },
  {
    code: -5994,
    name: "INVALID_URL_PATH",
    category: "request",
    retry: "never",
    zh: ["url路径不符合规范"],
    en: ["URL path does not conform to the specification"],
    source: "server",
  },
  {
    code: -5993,
    name: "INVALID_FORMDATA_BODY",
    category: "request",
    retry: "never",
    zh: ["formdata body格式不正确"],
    en: ["Malformed multipart/form-data body"],
    source: "server",
  },
  {
    code: -5991,
    name: "APPEND_EXCEEDS_5GB",
    category: "request",
    retry: "never",
    zh: ["append接口，大于5G的追加上传"],
    en: ["Append upload would grow the object beyond 5 GB"],
    source: "server",
  },
  {
    code: -5980,
    name: "MISSING_OP",
    category: "request",
    retry: "never",
    zh: ["没有op字段，用户没填写操作类型或格式错误解析不到"],
    en: ["Missing or unparsable op (operation type) field"],
    source: "server",
  },
  {
    code: -5975,
    name: "INVALID_JSON",
    category: "request",
    retry: "never",
    zh: ["请求的json格式不正确"],
    en: ["Malformed JSON in request"],
    source: "server",
  },
  {
    code: -5971,
    name: "SLICE_INIT_MISSING_FILESIZE",
    category: "request",
    retry: "never",
    zh: ["分片上传init时没有填写文件大小"],
    en: ["Multipart (slice) upload init did not give the file size"],
    source: "server",
  },
  {
    code: -5970,
    name: "REFERER_WHITELIST_TOO_MANY",
    category: "request",
    retry: "never",
    zh: ["refer白名单数量必须小于等于10"],
    en: ["Referer whitelist must have at most 10 entries"],
    source: "server",
  },
  {
    code: -5969,
    name: "CNAME_TOO_MANY",
    category: "request",
    retry: "never",
    zh: ["cname数量必须小于等于10"],
    en: ["At most 10 CNAMEs allowed"],
    source: "server",
  },
  {
    code: -5968,
    name: "REFERER_BLACKLIST_TOO_MANY",
    category: "request",
    retry: "never",
    zh: ["refer黑名单数量必须小于等于10"],
    en: ["Referer blacklist must have at most 10 entries"],
    source: "server",
  },
  {
    code: -5967,
    name: "SECRET_KEY_TOO_MANY",
    category: "request",
    retry: "never",
    zh: ["密钥数量必须小于等于10"],
    en: ["At most 10 keys allowed"],
    source: "server",
  },
  {
    code: -5966,
    name: "INVALID_LIST_NUM",
    category: "request",
    retry: "never",
    zh: ["list参数非数字或者大于1000"],
    en: ["List num parameter is not a number or is greater than 1000"],
    source: "server",
  },
  {
    code: -5965,
    name: "SLICE_INIT_BAD_SLICE_PARAMS",
    category: "request",
    retry: "never",
    zh: ["分片上传init时未指定slice_size参数", "分片上传init时uploadparts参数不合法"],
    en: [
      "Multipart (slice) upload init did not give slice_size",
      "Multipart (slice) upload init has an invalid uploadparts parameter",
    ],
    source: "server",
  },
  {
    code: -5964,
    name: "UNKNOWN_OP",
    category: "request",
    retry: "never",
    zh: ["参数op填写错误，没有此操作"],
    en: ["Unknown op value: no such operation"],
    source: "server",
  },
  {
    code: -5963,
    name: "READ_DATA_TIMEOUT",
    category: "transient",
    retry: "backoff",
    zh: ["读取数据超时，检查网络是否过慢或上传并发数过大"],
    en: ["Timed out reading request data; network too slow or upload concurrency too high"],
    source: "server",
  },
  {
    code: -5962,
    name: "INVALID_XML",
    category: "request",
    retry: "never",
    zh: ["XML解析失败，请求携带的XML不符合规范"],
    en: ["XML parsing failed: request XML is malformed"],
    source: "server",
  },
  {
    code: -5961,
    name: "CONTENT_MD5_MISMATCH",
    category: "integrity",
    retry: "after-fix",
    zh: ["请求body体的Content-MD5不符合预期"],
    en: ["Request body does not match its Content-MD5"],
    source: "server",
  },
  {
    code: -5957,
    name: "BUCKET_NOT_FOUND_5957",
    category: "not-found",
    retry: "never",
    zh: ["操作不存在的bucket"],
    en: ["Operation on a bucket that does not exist"],
    source: "server",
  },
  {
    code: -5949,
    name: "COPY_SOURCE_LOOKUP_FAILED",
    category: "not-found",
    retry: "never",
    zh: ["copy文件时查询源文件信息失败"],
    en: ["Copy failed to look up the source file information"],
    source: "server",
  },
  {
    code: -5947,
    name: "BIZ_ATTR_TOO_LARGE",
    category: "request",
    retry: "never",
    zh: ["biz_attr最大4K"],
    en: ["biz_attr exceeds the 4 KB maximum"],
    source: "server",
  },
  {
    code: -5946,
    name: "MISSING_CONTENT_MD5",
    category: "request",
    retry: "never",
    zh: ["缺少头域CONTENT_MD5，有些接口必须校验内容"],
    en: ["Required Content-MD5 header is missing for this API"],
    source: "server",
  },
  {
    code: -5945,
    name: "INTERNAL_ERROR_5945",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -5939,
    name: "INTERNAL_ERROR_5939",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -5938,
    name: "INTERNAL_ERROR_5938",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -5937,
    name: "INTERNAL_ERROR_5937",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -4020,
    name: "UNFINISHED_UPLOAD_SHA_MISMATCH",
    category: "conflict",
    retry: "never",
    zh: ["文件已存在，但未完成上传，新传文件sha值和该未完成文件不一致"],
    en: ["An unfinished upload exists at this path with a different SHA than the new file"],
    source: "server",
  },
  {
    code: -4019,
    name: "UPLOAD_RESUMABLE",
    category: "resumable",
    retry: "after-fix",
    zh: ["文件已存在，但未完成上传，新传文件sha值和该未完成文件一致，可断点续传"],
    en: ["An unfinished upload of the same file (same SHA) exists; it can be resumed"],
    source: "server",
  },
  {
    code: -4018,
    name: "FILE_ALREADY_UPLOADED",
    category: "conflict",
    retry: "never",
    zh: ["文件已存在，并且已完成上传"],
    en: ["File already exists and its upload is complete"],
    source: "server",
  },
  {
    code: -4016,
    name: "UPLOAD_SHA_MISMATCH",
    category: "integrity",
    retry: "after-fix",
    zh: ["上传文件数据sha与请求sha校验失败"],
    en: ["SHA of uploaded data does not match the SHA given in the request"],
    source: "server",
  },
  {
    code: -288,
    name: "INTERNAL_ERROR_288",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -287,
    name: "INTERNAL_ERROR_287",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -285,
    name: "FILE_TOO_LARGE",
    category: "request",
    retry: "never",
    zh: ["上传文件大小大于限制"],
    en: ["Uploaded file exceeds the size limit"],
    source: "server",
  },
  {
    code: -284,
    name: "SLICE_SIZE_MISMATCH",
    category: "request",
    retry: "never",
    zh: ["上传文件数据请求每片数据大小与初始化的分片大小不同"],
    en: ["Slice size differs from the slice size fixed at init"],
    source: "server",
  },
  {
    code: -283,
    name: "PART_TOO_SMALL",
    category: "request",
    retry: "never",
    zh: ["分片上传分片小于限制，或者append文件小于4K"],
    en: ["Part is below the minimum size, or append data is under 4 KB"],
    source: "server",
  },
  {
    code: -281,
    name: "PART_TOO_LARGE",
    category: "request",
    retry: "never",
    zh: ["分片上传分片大于限制"],
    en: ["Part exceeds the maximum size"],
    source: "server",
  },
  {
    code: -197,
    name: "FILE_NOT_FOUND",
    category: "not-found",
    retry: "never",
    zh: ["该文件不存在"],
    en: ["File does not exist"],
    source: "server",
  },
  {
    code: -196,
    name: "INTERNAL_ERROR_196",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -195,
    name: "INTERNAL_ERROR_195",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -194,
    name: "INTERNAL_ERROR_194",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -185,
    name: "INTERNAL_ERROR_185",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -184,
    name: "INTERNAL_ERROR_184",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -183,
    name: "INTERNAL_ERROR_183",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -181,
    name: "INTERNAL_ERROR_181",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -180,
    name: "INVALID_PATH",
    category: "request",
    retry: "never",
    zh: ["路径错误，可能是url超过长度限制，非法字符等原因"],
    en: ["Invalid path: URL too long, illegal characters, etc."],
    source: "server",
  },
  {
    code: -178,
    name: "PATH_CONFLICT",
    category: "conflict",
    retry: "never",
    zh: ["路径冲突，要上传的文件或者目录已经存在"],
    en: ["Path conflict: the file or directory to create already exists"],
    source: "server",
  },
  {
    code: -177,
    name: "FILE_EXISTS_SHA_MISMATCH",
    category: "conflict",
    retry: "never",
    zh: ["文件已存在，但是和新要上传的文件sha值不一致，可用覆盖上传覆盖掉原来的文件"],
    en: ["File exists with a different SHA; an overwrite upload can replace it"],
    source: "server",
  },
  {
    code: -176,
    name: "BUCKET_ALREADY_EXISTS",
    category: "conflict",
    retry: "never",
    zh: ["创建的bucket已经存在"],
    en: ["Bucket to create already exists"],
    source: "server",
  },
  {
    code: -175,
    name: "CONTENT_LENGTH_MISMATCH",
    category: "integrity",
    retry: "after-fix",
    zh: ["上传的文件大小和指定的content-length不一致"],
    en: ["Uploaded size does not match the declared Content-Length"],
    source: "server",
  },
  {
    code: -173,
    name: "BUCKET_NOT_EMPTY",
    category: "conflict",
    retry: "never",
    zh: ["删除非空的bucket"],
    en: ["Cannot delete a bucket that is not empty"],
    source: "server",
  },
  {
    code: -172,
    name: "BUCKET_LIMIT_EXCEEDED",
    category: "request",
    retry: "never",
    zh: ["bucket数量超过200个限制"],
    en: ["Bucket count would exceed the limit of 200"],
    source: "server",
  },
  {
    code: -134,
    name: "CORS_NOT_ENABLED",
    category: "auth",
    retry: "never",
    zh: ["bucket不支持跨域访问"],
    en: ["Bucket does not allow cross-origin access"],
    source: "server",
  },
  {
    code: -133,
    name: "BUCKET_NOT_FOUND",
    category: "not-found",
    retry: "never",
    zh: ["bucket不存在"],
    en: ["Bucket does not exist"],
    source: "server",
  },
  {
    code: -121,
    name: "CORS_RULE_MISMATCH",
    category: "auth",
    retry: "never",
    zh: [
      "匹配跨域规则失败|可能 Origin| request method / Access-Control-Request-Method 或 " +
        "Access-Control-Requet-Headers不在跨域规则配置里面",
    ],
    en: [
      "No CORS rule matches: Origin, Access-Control-Request-Method or " +
        "Access-Control-Request-Headers not configured",
    ],
    source: "server",
  },
  {
    code: -120,
    name: "UPLOAD_ID_NOT_FOUND",
    category: "resumable",
    retry: "after-fix",
    zh: ["uploadid不存在"],
    en: ["Upload ID does not exist"],
    source: "server",
  },
  {
    code: -119,
    name: "INTERNAL_ERROR_119",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -118,
    name: "PART_NUMBER_NOT_FOUND",
    category: "resumable",
    retry: "after-fix",
    zh: ["上传块编号找不到"],
    en: ["Part number not found"],
    source: "server",
  },
  {
    code: -117,
    name: "PARTS_NOT_CONTIGUOUS",
    category: "resumable",
    retry: "after-fix",
    zh: ["分块上传finish时块编号不连续"],
    en: ["Part numbers are not contiguous when finishing a multipart upload"],
    source: "server",
  },
  {
    code: -116,
    name: "INTERNAL_ERROR_116",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -101,
    name: "COPY_NOT_NEEDED",
    category: "conflict",
    retry: "never",
    zh: ["不需要拷贝|可能上次更新时间/ETag规则匹配问题"],
    en: ["Copy not needed: last-modified/ETag condition matched"],
    source: "server",
  },
  {
    code: -100,
    name: "COPY_PRECONDITION_FAILED",
    category: "conflict",
    retry: "never",
    zh: ["copy的前置条件冲突"],
    en: ["Copy precondition conflict"],
    source: "server",
  },
  {
    code: -99,
    name: "INTERNAL_ERROR_99",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -98,
    name: "INTERNAL_ERROR_98",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -97,
    name: "SIGNATURE_INVALID",
    category: "signature",
    retry: "never",
    zh: ["签名校验失败"],
    en: ["Signature verification failed"],
    source: "server",
  },
  {
    code: -96,
    name: "SIGNATURE_EXPIRED",
    category: "signature-expired",
    retry: "after-fix",
    zh: ["签名过期"],
    en: ["Signature expired"],
    source: "server",
  },
  {
    code: -85,
    name: "INTERNAL_ERROR_85",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -83,
    name: "INTERNAL_ERROR_83",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -81,
    name: "SIGNATURE_MISSING",
    category: "signature",
    retry: "never",
    zh: ["签名为空（需鉴权的操作提供签名为空）"],
    en: ["Signature is empty on an operation that needs authentication"],
    source: "server",
  },
  {
    code: -79,
    name: "SECRET_ID_NOT_FOUND",
    category: "auth",
    retry: "never",
    zh: ["secret id不存在"],
    en: ["SecretId does not exist"],
    source: "server",
  },
  {
    code: -77,
    name: "ONE_TIME_SIGNATURE_REUSED",
    category: "signature-expired",
    retry: "after-fix",
    zh: ["单次性签名已被使用过"],
    en: ["One-time signature has already been used"],
    source: "server",
  },
  {
    code: -76,
    name: "ONE_TIME_SIGNATURE_MISSING_FILE",
    category: "signature",
    retry: "never",
    zh: ["单次签名没有指定f参数"],
    en: ["One-time signature does not specify the f (file) field"],
    source: "server",
  },
  {
    code: -75,
    name: "INTERNAL_ERROR_75",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -74,
    name: "MULTI_USE_SIGNATURE_ZERO_EXPIRY",
    category: "signature",
    retry: "never",
    zh: ["多次签名-过期时间为0"],
    en: ["Multi-use signature has expiry time 0"],
    source: "server",
  },
  {
    code: -73,
    name: "ONE_TIME_SIGNATURE_NONZERO_EXPIRY",
    category: "signature",
    retry: "never",
    zh: ["单次签名-过期时间不为0"],
    en: ["One-time signature has a non-zero expiry time"],
    source: "server",
  },
  {
    code: -71,
    name: "TOO_MANY_REQUESTS",
    category: "throttling",
    retry: "backoff",
    zh: ["操作太频繁|请稍后再试"],
    en: ["Operations too frequent; try again later"],
    source: "server",
  },
  {
    code: -70,
    name: "APPID_MISMATCH",
    category: "auth",
    retry: "never",
    zh: ["请求的appid和签名中的appid不匹配"],
    en: ["Request AppID does not match the AppID in the signature"],
    source: "server",
  },
  {
    code: -66,
    name: "NETWORK_REQUEST_FAILED",
    category: "transient",
    retry: "backoff",
    zh: ["网络请求失败 （错误码太笼统了，这里需要改下比如到哪里的网络故障，什么故障超时还是什么）"],
    en: ["Network request failed (unspecified network fault)"],
    source: "server",
  },
  {
    code: -64,
    name: "SECRET_ID_APPID_MISMATCH",
    category: "auth",
    retry: "never",
    zh: ["secretid中的uid和签名中的appid不匹配"],
    en: ["UID of the SecretId does not match the AppID in the signature"],
    source: "server",
  },
  {
    code: -63,
    name: "SIGNATURE_RESOURCE_MISMATCH",
    category: "signature",
    retry: "never",
    zh: ["请求中的uri与签名中的f不匹配"],
    en: ["Request URI does not match the f (file) field in the signature"],
    source: "server",
  },
  {
    code: -62,
    name: "SECRET_ID_INVALID",
    category: "auth",
    retry: "never",
    zh: ["secretid可能填错或联系官方处理"],
    en: ["SecretId is probably wrong; otherwise contact support"],
    source: "server",
  },
  {
    code: -59,
    name: "S3_SIGNATURE_EXPIRED",
    category: "signature-expired",
    retry: "after-fix",
    zh: ["s3签名过期"],
    en: ["S3-style signature expired"],
    source: "server",
  },
  {
    code: -58,
    name: "INTERNAL_ERROR_58",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -57,
    name: "SIGNATURE_MISSING_FIELD",
    category: "signature",
    retry: "never",
    zh: ["签名缺失必填字段"],
    en: ["Signature lacks a required field"],
    source: "server",
  },
  {
    code: -56,
    name: "SIGNATURE_HEADERS_UNSORTED",
    category: "signature",
    retry: "never",
    zh: ["签名中的header未排序"],
    en: ["Headers in the signature are not sorted"],
    source: "server",
  },
  {
    code: -55,
    name: "ACCESS_DENIED",
    category: "auth",
    retry: "never",
    zh: ["用户没有此操作权限"],
    en: ["User has no permission for this operation"],
    source: "server",
  },
  {
    code: -29175,
    name: "INTERNAL_ERROR_29175",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29173,
    name: "MULTIPART_STORAGE_CLASS_NOT_ALLOWED",
    category: "request",
    retry: "never",
    zh: ["分块上传不应指定存储介质"],
    en: ["Multipart upload must not specify a storage class"],
    source: "server",
  },
  {
    code: -29172,
    name: "INTERNAL_ERROR_29172",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29171,
    name: "INTERNAL_ERROR_29171",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29170,
    name: "INTERNAL_ERROR_29170",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29169,
    name: "INTERNAL_ERROR_29169",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29168,
    name: "INTERNAL_ERROR_29168",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29166,
    name: "LIST_PARTS_MISSING_UPLOAD_ID",
    category: "request",
    retry: "never",
    zh: ["list分块请求没有携带UploadID"],
    en: ["List-parts request carries no UploadId"],
    source: "server",
  },
  {
    code: -29165,
    name: "INTERNAL_ERROR_29165",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29164,
    name: "INTERNAL_ERROR_29164",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29163,
    name: "INTERNAL_ERROR_29163",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29162,
    name: "INTERNAL_ERROR_29162",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29161,
    name: "COMPLETE_INVALID_ETAG_LENGTH",
    category: "request",
    retry: "never",
    zh: ["分片上传完成接口指定的Etag长度错误"],
    en: ["ETag given to complete-multipart has the wrong length"],
    source: "server",
  },
  {
    code: -29159,
    name: "COMPLETE_EMPTY_BODY",
    category: "request",
    retry: "never",
    zh: ["结束上传分片请求body为空"],
    en: ["Finish-slice-upload request body is empty"],
    source: "server",
  },
  {
    code: -29156,
    name: "INTERNAL_ERROR_29156",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29155,
    name: "INTERNAL_ERROR_29155",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29150,
    name: "INTERNAL_ERROR_29150",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29148,
    name: "INTERNAL_ERROR_29148",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29147,
    name: "CONCURRENT_PART_MD5_MISMATCH",
    category: "integrity",
    retry: "after-fix",
    zh: ["JSON API接口md5并发上传时，读取分片的内容和上传内容不一致"],
    en: ["JSON API concurrent MD5 upload: part content read back differs from the uploaded content"],
    source: "server",
  },
  {
    code: -29146,
    name: "INTERNAL_ERROR_29146",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29145,
    name: "INTERNAL_ERROR_29145",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29143,
    name: "UPLOAD_MD5_MISMATCH",
    category: "integrity",
    retry: "after-fix",
    zh: ["上传文件MD5校验失败"],
    en: ["Upload MD5 check failed"],
    source: "server",
  },
  {
    code: -29141,
    name: "SLICE_INIT_INVALID_FILESIZE",
    category: "request",
    retry: "never",
    zh: ["分片上传init指定的filesize错误"],
    en: ["filesize given at multipart (slice) init is wrong"],
    source: "server",
  },
  {
    code: -29140,
    name: "INTERNAL_ERROR_29140",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29138,
    name: "SLICE_SHA_MISMATCH",
    category: "integrity",
    retry: "after-fix",
    zh: ["v4分片上传，sha值校验失败"],
    en: ["v4 multipart (slice) upload SHA check failed"],
    source: "server",
  },
  {
    code: -29137,
    name: "INTERNAL_ERROR_29137",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29136,
    name: "USE_RESUMABLE_UPLOAD",
    category: "resumable",
    retry: "after-fix",
    zh: ["相同的文件请使用断点续传，不要删除后重传"],
    en: ["Same file: resume the upload instead of deleting and re-uploading"],
    source: "server",
  },
  {
    code: -29134,
    name: "SLICE_INIT_INVALID_SLICE_SIZE",
    category: "request",
    retry: "never",
    zh: ["初始化分片上传指定的分片大小不符合规范"],
    en: ["Slice size given at multipart init does not conform"],
    source: "server",
  },
  {
    code: -29133,
    name: "INTERNAL_ERROR_29133",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29132,
    name: "INTERNAL_ERROR_29132",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29131,
    name: "INTERNAL_ERROR_29131",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29130,
    name: "INTERNAL_ERROR_29130",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29129,
    name: "DOWNLOAD_UPLOAD_INCOMPLETE",
    category: "conflict",
    retry: "never",
    zh: ["下载文件时文件尚未完成上传"],
    en: ["Download of a file whose upload is not yet complete"],
    source: "server",
  },
  {
    code: -29128,
    name: "INTERNAL_ERROR_29128",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29126,
    name: "SLICE_INIT_MISSING_FILESIZE_29126",
    category: "request",
    retry: "never",
    zh: ["初始化分片上传未指定filesize参数"],
    en: ["Multipart (slice) upload init did not give the filesize parameter"],
    source: "server",
  },
  {
    code: -29125,
    name: "INTERNAL_ERROR_29125",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29124,
    name: "INTERNAL_ERROR_29124",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29123,
    name: "INTERNAL_ERROR_29123",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29119,
    name: "INTERNAL_ERROR_29119",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29118,
    name: "INTERNAL_ERROR_29118",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29117,
    name: "INTERNAL_ERROR_29117",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29115,
    name: "INTERNAL_ERROR_29115",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29114,
    name: "INTERNAL_ERROR_29114",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29112,
    name: "INTERNAL_ERROR_29112",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误"],
    en: ["Internal error"],
    source: "server",
  },
  {
    code: -29111,
    name: "INTERNAL_ERROR_29111",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29110,
    name: "INVALID_JSON_29110",
    category: "request",
    retry: "never",
    zh: ["请求json格式错误"],
    en: ["Malformed JSON in request"],
    source: "server",
  },
  {
    code: -29109,
    name: "INTERNAL_ERROR_29109",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29108,
    name: "INTERNAL_ERROR_29108",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29107,
    name: "INTERNAL_ERROR_29107",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29106,
    name: "INTERNAL_ERROR_29106",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29105,
    name: "FILE_EXCEEDS_64GB",
    category: "request",
    retry: "never",
    zh: ["JSON API上传的文件超过系统限制，限制为64G"],
    en: ["JSON API upload exceeds the 64 GB system limit"],
    source: "server",
  },
  {
    code: -29104,
    name: "SLICE_FINISH_MISSING_FILESIZE",
    category: "request",
    retry: "never",
    zh: ["结束上传分片未指定filesize参数"],
    en: ["Finish-slice-upload did not give the filesize parameter"],
    source: "server",
  },
  {
    code: -29103,
    name: "WRONG_SESSION_ID",
    category: "resumable",
    retry: "after-fix",
    zh: ["上传时sessionid传错"],
    en: ["Wrong session ID on upload"],
    source: "server",
  },
  {
    code: -29102,
    name: "INTERNAL_ERROR_29102",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29101,
    name: "INTERNAL_ERROR_29101",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29100,
    name: "INTERNAL_ERROR_29100",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29099,
    name: "INTERNAL_ERROR_29099",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29098,
    name: "INVALID_SLICE_OFFSET",
    category: "request",
    retry: "never",
    zh: ["用户上传数据偏移量不是每块的整数倍错误"],
    en: ["Upload data offset is not a multiple of the slice size"],
    source: "server",
  },
  {
    code: -29096,
    name: "INVALID_SESSION_ID_29096",
    category: "resumable",
    retry: "after-fix",
    zh: ["传的sessionid不合法"],
    en: ["Invalid session ID"],
    source: "server",
  },
  {
    code: -29094,
    name: "INVALID_SESSION_ID_29094",
    category: "resumable",
    retry: "after-fix",
    zh: ["传的sessionid不合法"],
    en: ["Invalid session ID"],
    source: "server",
  },
  {
    code: -29093,
    name: "INVALID_SESSION_ID_29093",
    category: "resumable",
    retry: "after-fix",
    zh: ["传的sessionid不合法"],
    en: ["Invalid session ID"],
    source: "server",
  },
  {
    code: -29088,
    name: "INTERNAL_ERROR_29088",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29087,
    name: "INTERNAL_ERROR_29087",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29086,
    name: "INTERNAL_ERROR_29086",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29085,
    name: "INTERNAL_ERROR_29085",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29084,
    name: "INTERNAL_ERROR_29084",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29083,
    name: "INTERNAL_ERROR_29083",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29082,
    name: "INTERNAL_ERROR_29082",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29081,
    name: "INTERNAL_ERROR_29081",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29080,
    name: "INTERNAL_ERROR_29080",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29070,
    name: "INTERNAL_ERROR_29070",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29069,
    name: "INTERNAL_ERROR_29069",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29066,
    name: "UNDOCUMENTED_ERROR_29066",
    category: "internal",
    retry: "backoff",
    zh: ["跟art再确认"],
    en: ["Undocumented: the table holds only an internal note (to be confirmed with art)"],
    source: "server",
  },
  {
    code: -29063,
    name: "PART_MD5_MISMATCH",
    category: "integrity",
    retry: "after-fix",
    zh: ["分片md5不一致"],
    en: ["Part MD5 mismatch"],
    source: "server",
  },
  {
    code: -29044,
    name: "INTERNAL_ERROR_29044",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29043,
    name: "FILE_NOT_FOUND_29043",
    category: "not-found",
    retry: "never",
    zh: ["文件不存在"],
    en: ["File does not exist"],
    source: "server",
  },
  {
    code: -29037,
    name: "INVALID_IF_MODIFIED_SINCE",
    category: "request",
    retry: "never",
    zh: ["If-Modified-Since用户头部If-Modified-Since时间格式错误"],
    en: ["If-Modified-Since header has an invalid time format"],
    source: "server",
  },
  {
    code: -29036,
    name: "DOWNLOAD_UPLOAD_INCOMPLETE_29036",
    category: "conflict",
    retry: "never",
    zh: ["文件未上传完成，不允许下载"],
    en: ["File upload not complete; download not allowed"],
    source: "server",
  },
  {
    code: -29034,
    name: "DOWNLOAD_OFFSET_OUT_OF_RANGE",
    category: "request",
    retry: "never",
    zh: ["下载的offset大于文件的fsize"],
    en: ["Download offset is greater than the file size"],
    source: "server",
  },
  {
    code: -29033,
    name: "INVALID_RANGE",
    category: "request",
    retry: "never",
    zh: ["下载请求没有有效的range"],
    en: ["Download request has no valid Range"],
    source: "server",
  },
  {
    code: -29031,
    name: "INTERNAL_ERROR_29031",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误"],
    en: ["Internal error"],
    source: "server",
  },
  {
    code: -29027,
    name: "INTERNAL_ERROR_29027",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29026,
    name: "INTERNAL_ERROR_29026",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29021,
    name: "SESSION_ID_TRANSFER_ERROR",
    category: "resumable",
    retry: "after-fix",
    zh: ["上传文件sessionid传输错误"],
    en: ["Session ID transmitted incorrectly on upload"],
    source: "server",
  },
  {
    code: -29015,
    name: "INVALID_HOST_HEADER",
    category: "request",
    retry: "never",
    zh: ["HEADER字段中没有host或者host错误"],
    en: ["Host header missing or wrong"],
    source: "server",
  },
  {
    code: -29012,
    name: "INTERNAL_ERROR_29012",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29011,
    name: "INTERNAL_ERROR_29011",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29010,
    name: "INTERNAL_ERROR_29010",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29003,
    name: "INTERNAL_ERROR_29003",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29002,
    name: "INTERNAL_ERROR_29002",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29001,
    name: "INTERNAL_ERROR_29001",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29000,
    name: "INTERNAL_ERROR_29000",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: 101,
    name: "INTERNAL_ERROR_POSITIVE_101",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: 100,
    name: "INTERNAL_ERROR_POSITIVE_100",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29993,
    name: "INTERNAL_ERROR_29993",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29992,
    name: "INTERNAL_ERROR_29992",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -29991,
    name: "INTERNAL_ERROR_29991",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46642,
    name: "APPID_NOT_FOUND",
    category: "auth",
    retry: "never",
    zh: ["appid不存在"],
    en: ["AppID does not exist"],
    source: "server",
  },
  {
    code: -46641,
    name: "VERSION_NOT_FOUND",
    category: "not-found",
    retry: "never",
    zh: ["多版本下的文件不存在"],
    en: ["File version does not exist (versioned bucket)"],
    source: "server",
  },
  {
    code: -46640,
    name: "INTERNAL_ERROR_46640",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46639,
    name: "INTERNAL_ERROR_46639",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46638,
    name: "INTERNAL_ERROR_46638",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46637,
    name: "INTERNAL_ERROR_46637",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46636,
    name: "INTERNAL_ERROR_46636",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46635,
    name: "INTERNAL_ERROR_46635",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46634,
    name: "INTERNAL_ERROR_46634",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46632,
    name: "APPEND_EMPTY",
    category: "request",
    retry: "never",
    zh: ["追加文件长度为0"],
    en: ["Append length is 0"],
    source: "server",
  },
  {
    code: -46627,
    name: "USER_BLACKLISTED",
    category: "banned",
    retry: "never",
    zh: ["用户在黑名单里面"],
    en: ["User is on the blacklist"],
    source: "server",
  },
  {
    code: -46626,
    name: "INTERNAL_ERROR_46626",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46622,
    name: "INVALID_PART_SIZE",
    category: "request",
    retry: "never",
    zh: ["非法分片大小"],
    en: ["Invalid part size"],
    source: "server",
  },
  {
    code: -46621,
    name: "FILE_BANNED",
    category: "banned",
    retry: "never",
    zh: ["文件被封禁，可能涉黄政治敏感信息被封禁"],
    en: ["File is banned (e.g. pornographic or politically sensitive content)"],
    source: "server",
  },
  {
    code: -46620,
    name: "BUCKET_BANNED",
    category: "banned",
    retry: "never",
    zh: ["bucket被封禁，可能qps过高，恶意攻击被后台封禁"],
    en: ["Bucket is banned, possibly for excessive QPS or malicious attack"],
    source: "server",
  },
  {
    code: -46619,
    name: "SIGNATURE_EXPIRED_46619",
    category: "signature-expired",
    retry: "after-fix",
    zh: ["签名过期，可能生成签名机器的时间跟北京时间不一致，或者用户拿着签名过期串访问"],
    en: ["Signature expired: signing machine clock differs from Beijing time, or an " + "expired signature was reused"],
    source: "server",
  },
  {
    code: -46618,
    name: "SIGNATURE_INVALID_46618",
    category: "signature",
    retry: "never",
    zh: ["签名校验失败，用户签名算法错误，秘钥被禁用，appid和秘钥对不上等错误"],
    en: ["Signature verification failed: wrong signing algorithm, disabled key, or AppID/key mismatch"],
    source: "server",
  },
  {
    code: -46617,
    name: "REFERER_BLACKLISTED",
    category: "auth",
    retry: "never",
    zh: ["bucket的refer黑名单配置了访问的refer域名"],
    en: ["Referer is on the bucket referer blacklist"],
    source: "server",
  },
  {
    code: -46616,
    name: "REFERER_NOT_WHITELISTED",
    category: "auth",
    retry: "never",
    zh: ["bucket的refer白名单没有配置访问的refer域名"],
    en: ["Referer is not on the bucket referer whitelist"],
    source: "server",
  },
  {
    code: -46615,
    name: "BUCKET_ACCESS_FORBIDDEN",
    category: "banned",
    retry: "never",
    zh: ["bucket禁止访问，可能您的bucket访问量过大或欠费或违反了政策法规导致的封禁"],
    en: ["Bucket access forbidden: excessive traffic, overdue payment, or policy violation"],
    source: "server",
  },
  {
    code: -46614,
    name: "FILE_UPLOAD_INCOMPLETE",
    category: "conflict",
    retry: "never",
    zh: ["文件没有完成上传，只传了一部分，检查上传时候有无报错"],
    en: ["File upload incomplete: only part was uploaded; check the upload for errors"],
    source: "server",
  },
  {
    code: -46613,
    name: "BIZ_ATTR_TOO_LARGE_46613",
    category: "request",
    retry: "never",
    zh: ["自定义的biz_attr过大，目前最大4K"],
    en: ["Custom biz_attr too large (maximum 4 KB)"],
    source: "server",
  },
  {
    code: -46607,
    name: "INTERNAL_ERROR_46607",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46601,
    name: "INTERNAL_ERROR_46601",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46313,
    name: "INTERNAL_ERROR_46313",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46312,
    name: "INTERNAL_ERROR_46312",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46311,
    name: "INTERNAL_ERROR_46311",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46310,
    name: "INTERNAL_ERROR_46310",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46309,
    name: "INTERNAL_ERROR_46309",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46308,
    name: "INTERNAL_ERROR_46308",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46307,
    name: "INTERNAL_ERROR_46307",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46306,
    name: "INTERNAL_ERROR_46306",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46305,
    name: "INTERNAL_ERROR_46305",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46304,
    name: "INTERNAL_ERROR_46304",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46303,
    name: "INTERNAL_ERROR_46303",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46302,
    name: "INTERNAL_ERROR_46302",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46301,
    name: "INTERNAL_ERROR_46301",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46212,
    name: "INTERNAL_ERROR_46212",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46211,
    name: "INTERNAL_ERROR_46211",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46210,
    name: "INTERNAL_ERROR_46210",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46209,
    name: "INVALID_VERSION_ID",
    category: "request",
    retry: "never",
    zh: ["上传时versionid不正确"],
    en: ["Wrong versionid on upload"],
    source: "server",
  },
  {
    code: -46208,
    name: "NAME_EXISTS_AS_DIRECTORY",
    category: "conflict",
    retry: "never",
    zh: ["相同的文件名已存在，并且是目录"],
    en: ["A directory with the same name already exists"],
    source: "server",
  },
  {
    code: -46207,
    name: "INTERNAL_ERROR_46207",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46206,
    name: "INTERNAL_ERROR_46206",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46205,
    name: "INTERNAL_ERROR_46205",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46204,
    name: "CORS_RULES_TOO_LONG_46204",
    category: "request",
    retry: "never",
    zh: ["跨域设置时候规则超长，最大100KB"],
    en: ["CORS rules too long (maximum 100 KB)"],
    source: "server",
  },
  {
    code: -46203,
    name: "CORS_RULES_TOO_LONG_46203",
    category: "request",
    retry: "never",
    zh: ["跨域设置时候规则超长，最大100KB"],
    en: ["CORS rules too long (maximum 100 KB)"],
    source: "server",
  },
  {
    code: -46202,
    name: "INTERNAL_ERROR_46202",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46201,
    name: "INTERNAL_ERROR_46201",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46200,
    name: "BATCH_DELETE_TOO_MANY",
    category: "request",
    retry: "never",
    zh: ["批量删除时，数量过大，最多1000个"],
    en: ["Batch delete holds too many objects (maximum 1000)"],
    source: "server",
  },
  {
    code: -46199,
    name: "COMPLETE_ETAG_MISMATCH",
    category: "resumable",
    retry: "after-fix",
    zh: ["分块上传finish时，传入的各个分块的Etag值与系统对不上"],
    en: ["Part ETags given at multipart finish do not match the stored parts"],
    source: "server",
  },
  {
    code: -46198,
    name: "APPEND_TO_NON_APPENDABLE",
    category: "conflict",
    retry: "never",
    zh: ["在非追加类型的文件上追加数据"],
    en: ["Append to an object that is not of appendable type"],
    source: "server",
  },
  {
    code: -46197,
    name: "APPEND_OFFSET_MISMATCH",
    category: "resumable",
    retry: "after-fix",
    zh: ["追加上传时，offset和cos上文件大小不一致"],
    en: ["Append offset does not match the current object size in COS"],
    source: "server",
  },
  {
    code: -46196,
    name: "INTERNAL_ERROR_46196",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46195,
    name: "INTERNAL_ERROR_46195",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46194,
    name: "INTERNAL_ERROR_46194",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46193,
    name: "INTERNAL_ERROR_46193",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46192,
    name: "INTERNAL_ERROR_46192",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46191,
    name: "INTERNAL_ERROR_46191",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46190,
    name: "INTERNAL_ERROR_46190",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46189,
    name: "INTERNAL_ERROR_46189",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46188,
    name: "CORS_RULES_TOO_LONG",
    category: "request",
    retry: "never",
    zh: ["跨域设置时候规则超长，最大100KB"],
    en: ["CORS rules too long (maximum 100 KB)"],
    source: "server",
  },
  {
    code: -46187,
    name: "INVALID_CORS_RULE",
    category: "request",
    retry: "never",
    zh: ["跨域设置的规则参数有误"],
    en: ["Invalid CORS rule parameters"],
    source: "server",
  },
  {
    code: -46186,
    name: "INVALID_CORS_FLAG",
    category: "request",
    retry: "never",
    zh: ["设置跨域时标志有误"],
    en: ["Invalid flag when setting CORS"],
    source: "server",
  },
  {
    code: -46185,
    name: "CUSTOM_HEADERS_TOO_LONG",
    category: "request",
    retry: "never",
    zh: ["自定义header超长，最大4KB"],
    en: ["Custom headers too long (maximum 4 KB)"],
    source: "server",
  },
  {
    code: -46184,
    name: "INTERNAL_ERROR_46184",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46183,
    name: "INTERNAL_ERROR_46183",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46182,
    name: "INTERNAL_ERROR_46182",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46181,
    name: "REFERER_TOO_LONG",
    category: "request",
    retry: "never",
    zh: ["refer长度过长，最大3K"],
    en: ["Referer too long (maximum 3 KB)"],
    source: "server",
  },
  {
    code: -46180,
    name: "SIGNATURE_TOO_LONG",
    category: "signature",
    retry: "never",
    zh: ["签名过长，最大2K"],
    en: ["Signature too long (maximum 2 KB)"],
    source: "server",
  },
  {
    code: -46179,
    name: "INVALID_BAN_FLAG",
    category: "request",
    retry: "never",
    zh: ["封禁文件时，标志传错"],
    en: ["Wrong flag when banning a file"],
    source: "server",
  },
  {
    code: -46178,
    name: "INVALID_DELIMITER",
    category: "request",
    retry: "never",
    zh: ["查询文件列表时，delimiter长度大于1"],
    en: ["List delimiter is longer than 1 character"],
    source: "server",
  },
  {
    code: -46177,
    name: "LIST_OFFSET_TOO_LONG",
    category: "request",
    retry: "never",
    zh: ["list时填的offset长度超过path长度限制"],
    en: ["List offset exceeds the path length limit"],
    source: "server",
  },
  {
    code: -46176,
    name: "BIZ_ATTR_LENGTH_INVALID",
    category: "request",
    retry: "never",
    zh: ["biz attr长度非法，最大4K"],
    en: ["Invalid biz_attr length (maximum 4 KB)"],
    source: "server",
  },
  {
    code: -46175,
    name: "INTERNAL_ERROR_46175",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46174,
    name: "INTERNAL_ERROR_46174",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46173,
    name: "INTERNAL_ERROR_46173",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46172,
    name: "INTERNAL_ERROR_46172",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46171,
    name: "INTERNAL_ERROR_46171",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46170,
    name: "DOWNLOAD_INVALID_HOST",
    category: "request",
    retry: "never",
    zh: ["下载文件时，host值传的不对"],
    en: ["Wrong Host value on download"],
    source: "server",
  },
  {
    code: -46169,
    name: "INTERNAL_ERROR_46169",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46168,
    name: "INTERNAL_ERROR_46168",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46158,
    name: "INTERNAL_ERROR_46158",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46105,
    name: "INTERNAL_ERROR_46105",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46104,
    name: "INTERNAL_ERROR_46104",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46103,
    name: "INTERNAL_ERROR_46103",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46102,
    name: "INTERNAL_ERROR_46102",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46101,
    name: "INTERNAL_ERROR_46101",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46031,
    name: "INTERNAL_ERROR_46031",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46030,
    name: "INTERNAL_ERROR_46030",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46026,
    name: "INTERNAL_ERROR_46026",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46025,
    name: "INTERNAL_ERROR_46025",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46024,
    name: "INTERNAL_ERROR_46024",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46023,
    name: "INTERNAL_ERROR_46023",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46022,
    name: "INTERNAL_ERROR_46022",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46021,
    name: "INTERNAL_ERROR_46021",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46020,
    name: "INTERNAL_ERROR_46020",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46007,
    name: "INTERNAL_ERROR_46007",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46005,
    name: "INTERNAL_ERROR_46005",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46004,
    name: "INTERNAL_ERROR_46004",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46003,
    name: "INTERNAL_ERROR_46003",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46002,
    name: "INTERNAL_ERROR_46002",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -46001,
    name: "INTERNAL_ERROR_46001",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -50122,
    name: "INTERNAL_ERROR_50122",
    category: "internal",
    retry: "backoff",
    zh: ["内部错误，联系官方处理"],
    en: ["Internal error; contact Tencent Cloud support"],
    source: "server",
  },
  {
    code: -1,
    name: "SDK_PARAMS_ERROR",
    category: "request",
    retry: "never",
    zh: [],
    en: ["Invalid parameters, detected on the client by a legacy v4 SDK before sending"],
    source: "sdk",
  },
  {
    code: -2,
    name: "SDK_NETWORK_ERROR",
    category: "transient",
    retry: "backoff",
    zh: [],
    en: ["Network error while talking to COS, reported on the client by a legacy v4 SDK"],
    source: "sdk",
  },
  {
    code: -3,
    name: "SDK_SERVER_ERROR",
    category: "internal",
    retry: "backoff",
    zh: [],
    en: ["COS answered with a server error the legacy v4 SDK could not read"],
    source: "sdk",
  },
  {
    code: -4,
    name: "SDK_UNKNOWN_ERROR",
    category: "internal",
    retry: "backoff",
    zh: [],
    en: ["Unknown error inside a legacy v4 SDK"],
    source: "sdk",
  },
];

const xmlCatalogData: CosXmlErrorEntry[] = [
  {
    kind: "xml",
    code: "ActionAccelerateNotSupported",
    name: "ActionAccelerateNotSupported",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The acceleration endpoint does not support this operation.",
        zh: "加速域名不支持该操作",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "AttachmentFull",
    name: "AttachmentFull",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en:
          "The number of ACLs and policies has exceeded the upper threshold. For more " +
          "information, please see Specifications and Limits.",
        zh: "ACL 和 Policy 数量到达上限。详情请参见 规格与限制",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "BadDigest",
    name: "BadDigest",
    statuses: [400],
    category: "integrity",
    retry: "after-fix",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "Value of the provided Content-MD5 is not the same as the MD5 hash value the server received.",
        zh: "提供的 Content-MD5 值与服务端收到的请求体的 MD5 哈希值不一致",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "BadRequest",
    name: "BadRequest",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      { status: 400, source: "intl-2023", en: "Parameter error.", zh: "参数错误", spelling: "BadRquest" },
      { status: 400, source: "intl-2026-ind", en: "Invalid parameter." },
    ],
    variants: ["BadRquest"],
    messages: [],
  },
  {
    kind: "xml",
    code: "BucketAccelerateNotEnabled",
    name: "BucketAccelerateNotEnabled",
    statuses: [400],
    category: "precondition",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The acceleration endpoint is not enabled for the bucket",
        zh: "该存储桶未启用加速域名",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "BucketNameTooLong",
    name: "BucketNameTooLong",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The bucket name is too long. For more information, please see Naming " + "Conventions in Bucket Overview",
        zh: "存储桶名称过长。详情请参见 存储桶命名规范",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "BucketVersionNotOpen",
    name: "BucketVersionNotOpen",
    statuses: [400],
    category: "precondition",
    retry: "never",
    descriptions: [
      { status: 400, source: "intl-2023", en: "Versioning is not enabled for the bucket", zh: "存储桶未启用版本控制" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "DNSRecordVerifyFailed",
    name: "DNSRecordVerifyFailed",
    statuses: [400],
    category: "precondition",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en:
          "The DNS record fails to be verified. Please add a CNAME or TXT record. The DNS " +
          "record takes effect within 10 minutes",
        zh: "DNS 记录验证失败，请添加 CNAME 或 TXT 记录。DNS 记录可能需要最多10分钟生效",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "EntitySizeNotMatch",
    name: "EntitySizeNotMatch",
    statuses: [400],
    category: "integrity",
    retry: "after-fix",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The size of the request body is not the same as that specified in the " + "Content-Length request header",
        zh: "请求体大小与 Content-Length 请求头不符",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "EntityTooLarge",
    name: "EntityTooLarge",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en:
          "The size of the uploaded object exceeds the upper threshold. For more " +
          "information, please see Specifications and Limits",
        zh: "上传的对象大小超过规定的最大值。详情请参见 规格与限制",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "EntityTooSmall",
    name: "EntityTooSmall",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en:
          "The size of the uploaded object does not reach the lower threshold. This error " +
          "is often seen in multipart uploads. For more information, please see " +
          "Specifications and Limits",
        zh: "上传的对象大小不足规定的最小值，常见于分块上传。详情请参见 规格与限制",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "ExpiredToken",
    name: "ExpiredToken",
    statuses: [400, 403],
    category: "signature-expired",
    retry: "after-fix",
    descriptions: [
      { status: 400, source: "intl-2023", en: "The temporary key token has expired", zh: "临时密钥 Token 已过期" },
      { status: 403, source: "intl-2019-12", en: "The signature string has expired", zh: "签名串已过期" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "ImageResolutionExceed",
    name: "ImageResolutionExceed",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The image resolution exceeds the limit, or the animated image contains too many frames",
        zh: "图片分辨率超出限制或动图帧数过多",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "ImageTooLarge",
    name: "ImageTooLarge",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [{ status: 400, source: "intl-2023", en: "The image is too large", zh: "图片超过限制大小" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "IncompleteBody",
    name: "IncompleteBody",
    statuses: [400],
    category: "integrity",
    retry: "after-fix",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The size of the request body is smaller than that specified in the Content-Length request header",
        zh: "请求体大小小于 Content-Length 请求头",
      },
      {
        status: 400,
        source: "intl-2019-04",
        en: "The actual content length of the request is inconsistent with the specified Content-Lengt.",
        zh: "请求的实际内容长度和指定的Conent-Length不符",
        spelling: "ImcompleteBody",
      },
    ],
    variants: ["ImcompleteBody"],
    messages: [],
  },
  {
    kind: "xml",
    code: "IncorrectNumberOfFilesInPostRequest",
    name: "IncorrectNumberOfFilesInPostRequest",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "Only one object can be uploaded in a POST Object request",
        zh: "POST Object 请求每次只允许上传一个对象",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidArgument",
    name: "InvalidArgument",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The argument is invalid. Please check whether the request can take this argument",
        zh: "请求参数不合法，请确认是否允许携带该请求参数",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidBucketName",
    name: "InvalidBucketName",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The bucket name is invalid. For more information, please see Naming Conventions",
        zh: "存储桶名称不合法。详情请参见存储桶 命名规范",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidCopySource",
    name: "InvalidCopySource",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      { status: 400, source: "intl-2023", en: "The source for object replication is invalid", zh: "复制对象源不合法" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidDelimiter",
    name: "InvalidDelimiter",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The delimiter parameter is invalid. It should be one character",
        zh: "分隔符（delimiter）参数不合法，分隔符只能为一个字符",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidDigest",
    name: "InvalidDigest",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The provided value of Content-MD5 is invalid",
        zh: "给定的 Content-MD5 值不合法",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidImageFormat",
    name: "InvalidImageFormat",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [{ status: 400, source: "intl-2023", en: "The image format is invalid", zh: "图片格式不合法" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidImageSource",
    name: "InvalidImageSource",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [{ status: 400, source: "intl-2023", en: "The image source is invalid", zh: "图片源不合法" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidLocationConstraint",
    name: "InvalidLocationConstraint",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      { status: 400, source: "intl-2023", en: "The specified location is invalid", zh: "指定的 location 不合法" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidObjectName",
    name: "InvalidObjectName",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The object name is invalid. For more information, please see ObjectKey",
        zh: "对象名称不合法。详情请参见 对象键",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidPart",
    name: "InvalidPart",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [{ status: 400, source: "intl-2023", en: "One or more parts are missing", zh: "分块缺失" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidPartOrder",
    name: "InvalidPartOrder",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      { status: 400, source: "intl-2023", en: "The part numbers are not continuous", zh: "分块的编号不连续" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidPicOperations",
    name: "InvalidPicOperations",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The Pic-Operations request header is invalid",
        zh: "Pic-Operations 请求头不合法",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidPolicyDocument",
    name: "InvalidPolicyDocument",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The policy in the POST Object request is invalid",
        zh: "POST Object 请求中的策略（Policy）不合法",
      },
      {
        status: 400,
        source: "intl-2019-04",
        en: "Policy configuration file is invalid",
        zh: "策略配置文件不合法",
        spelling: "InvalidPolicyDocunment",
      },
    ],
    variants: ["InvalidPolicyDocunment"],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidRegionName",
    name: "InvalidRegionName",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The endpoint is invalid. For more information, please see Regions and Access Endpoints",
        zh: "不合法的地域名。详情请参见 地域和访问域名",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidRequest",
    name: "InvalidRequest",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [{ status: 400, source: "intl-2023", en: "The request is invalid", zh: "请求不合法" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidSHA1Digest",
    name: "InvalidSHA1Digest",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The request fails the SHA-1 verification",
        zh: "请求内容 SHA1 校验不合法",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidTag",
    name: "InvalidTag",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The bucket tag is invalid. For more information, please see Bucket Tag Overview",
        zh: "存储桶标签不合法。详情请参见 存储桶标签概述",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidTargetBucketForLogging",
    name: "InvalidTargetBucketForLogging",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en:
          "The destination bucket for logging is invalid. The destination bucket must be " +
          "in the same region as the current bucket",
        zh: "用于存放日志的目标存储桶不合法，目标存储桶必须与当前存储桶在同一个地域",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidUploadStatus",
    name: "InvalidUploadStatus",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "If versioning is enabled, you cannot call a JSON API to upload objects. Please use an XML API",
        zh: "当启用版本控制时不能使用 JSON API 上传对象，请使用 XML API",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidURI",
    name: "InvalidURI",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [{ status: 400, source: "intl-2023", en: "The URI is invalid", zh: "URI 不合法" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InventoryFull",
    name: "InventoryFull",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The number of inventory jobs has exceeded the upper threshold (1,000)",
        zh: "清单任务数量已达到限制。清单任务上限1000条",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "JsonAPINotSupportOnMAZBucket",
    name: "JsonAPINotSupportOnMAZBucket",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "JSON APIs do not support operations on MAZ buckets. Please use XML APIs",
        zh: "JSON API 不支持操作多 AZ 存储桶，请使用 XML API",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "KeyTooLong",
    name: "KeyTooLong",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The object key is too long. For more information, please see “ObjectKey” in Object Overview",
        zh: "对象键过长。详情请参见 对象键",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "KmsException",
    name: "KmsException",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "A Key Management Service (KMS) exception occurs",
        zh: "密钥管理服务异常",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "KmsKeyDisabled",
    name: "KmsKeyDisabled",
    statuses: [400],
    category: "precondition",
    retry: "never",
    descriptions: [{ status: 400, source: "intl-2023", en: "The provided key is disabled", zh: "提供的密钥已被禁用" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "KmsKeyNotExist",
    name: "KmsKeyNotExist",
    statuses: [400],
    category: "precondition",
    retry: "never",
    descriptions: [{ status: 400, source: "intl-2023", en: "The provided key does not exist", zh: "提供的密钥不存在" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "ListPartUploadIdIsEmpty",
    name: "ListPartUploadIdIsEmpty",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [{ status: 400, source: "intl-2023", en: "UploadId is empty", zh: "UploadId 为空" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "LoggingConfExists",
    name: "LoggingConfExists",
    statuses: [400],
    category: "conflict",
    retry: "never",
    descriptions: [
      { status: 400, source: "intl-2023", en: "The logging configuration already exists", zh: "日志配置已存在" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "LoggingPrefixInvalid",
    name: "LoggingPrefixInvalid",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [{ status: 400, source: "intl-2023", en: "The logging prefix is invalid", zh: "日志前缀参数不合法" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "MalformedPolicy",
    name: "MalformedPolicy",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [{ status: 400, source: "intl-2023", en: "The policy format is invalid", zh: "策略格式不合法" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "MalformedPOSTRequest",
    name: "MalformedPOSTRequest",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The request body content of the current POST request is invalid",
        zh: "该 POST 请求的请求体内容不合法",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "MalformedXML",
    name: "MalformedXML",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The XML syntax of the request body is incorrect",
        zh: "请求体的 XML 格式不符合 XML 语法",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "MAZOperationNotSupportOnOAZBucket",
    name: "MAZOperationNotSupportOnOAZBucket",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en:
          "OAZ buckets do not support multi-AZ operations. For the multi-AZ feature and " +
          "its use limits, see Overview of Multi-AZ Feature",
        zh:
          "单可用区（单 AZ）存储桶不支持多可用区（多 AZ）操作。关于多 AZ 特性及使用限制的说明请参见 多 AZ 特性概述 The multiple " +
          "availability zones operation is not supported by single availability zone bucket",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "MissingRequestBodyError",
    name: "MissingRequestBodyError",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [{ status: 400, source: "intl-2023", en: "The request body is missing", zh: "请求体缺失" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "MultiAZFeatureNotSupport",
    name: "MultiAZFeatureNotSupport",
    statuses: [400],
    category: "precondition",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The current region does not support the MAZ feature",
        zh: "当前地域不支持多可用区",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "MultiBucketNotSupport",
    name: "MultiBucketNotSupport",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "Only one destination bucket can be set for cross-region replication",
        zh: "跨地域复制只能设置一个目的存储桶",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NotifyRuleEventConflict",
    name: "NotifyRuleEventConflict",
    statuses: [400],
    category: "conflict",
    retry: "never",
    descriptions: [
      { status: 400, source: "intl-2023", en: "Notification rules (event) conflict", zh: "通知规则 Event 冲突" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NotifyRulePrefixConflict",
    name: "NotifyRulePrefixConflict",
    statuses: [400],
    category: "conflict",
    retry: "never",
    descriptions: [
      { status: 400, source: "intl-2023", en: "Notification rule prefixes conflict", zh: "通知规则 Prefix 冲突" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NotifyRuleSuffixConflict",
    name: "NotifyRuleSuffixConflict",
    statuses: [400],
    category: "conflict",
    retry: "never",
    descriptions: [
      { status: 400, source: "intl-2023", en: "Notification rule suffixes conflict", zh: "通知规则 Suffix 冲突" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NotSupportedStorageClass",
    name: "NotSupportedStorageClass",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The specified Storage Class is not supported",
        zh: "指定的 存储类型 不支持",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "OAZOperationNotSupportOnMAZBucket",
    name: "OAZOperationNotSupportOnMAZBucket",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en:
          "Multi-AZ buckets do not support OAZ operations. For the multi-AZ feature and " +
          "its use limits, see Overview of Multi-AZ Feature",
        zh:
          "多可用区存储桶不支持单可用区操作。关于多 AZ 特性及使用限制的说明请参见 多 AZ 特性概述 The single availability zone " +
          "operation is not supported by multiple availability zones bucket",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "PolicyFull",
    name: "PolicyFull",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en:
          "The number of ACLs and policies exceeds the upper threshold. For more " +
          "information, please see Specifications and Limits",
        zh: "ACL 和 Policy 数量到达上限。详情请参见 规格与限制",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "PolicyVersionFull",
    name: "PolicyVersionFull",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The number of policy versions exceeds the limit",
        zh: "Policy 版本数量到达上限",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "RequestTimeout",
    name: "RequestTimeout",
    statuses: [400],
    category: "transient",
    retry: "backoff",
    descriptions: [
      { status: 400, source: "intl-2023", en: "The request timed out", zh: "请求超时" },
      {
        status: 400,
        source: "intl-2019-12",
        en: "Data read timed out. Check your network speed or reduce the number of concurrent uploads",
        zh: "读取数据超时，检查网络是否过慢或上传并发数过大",
        spelling: "RequestTimeOut",
      },
    ],
    variants: ["RequestTimeOut"],
    messages: [],
  },
  {
    kind: "xml",
    code: "SsecDecryptHeaderInvalid",
    name: "SsecDecryptHeaderInvalid",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en:
          "The source object is encrypted with SSE-C. Therefore, the same key should be " +
          "provided in the request header",
        zh: "源文件使用 SSE-C 加密，需要在请求头中提供相同的密钥",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "SSEContentNotSupported",
    name: "SSEContentNotSupported",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      { status: 400, source: "intl-2023", en: "The encryption method is not supported", zh: "加密方式不支持" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "SSEHeaderNotAllowed",
    name: "SSEHeaderNotAllowed",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The operation does not support the specified SSE header",
        zh: "该操作不支持指定的服务端加密头部",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "TargetBucketNameInvalid",
    name: "TargetBucketNameInvalid",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The destination bucket is invalid. For more information, please see Naming Conventions",
        zh: "目标存储桶名称不合法。详情请参见存储桶 命名规范",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "TooManyBuckets",
    name: "TooManyBuckets",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The number of buckets exceeds the upper limit (200)",
        zh: "存储桶数目达到上限200",
      },
      {
        status: 400,
        source: "intl-2019-04",
        en: "The number of Buckets exceeds the limit of 200",
        zh: "bucket数量超过200限制",
        spelling: "TooManyBucket",
      },
    ],
    variants: ["TooManyBucket"],
    messages: [],
  },
  {
    kind: "xml",
    code: "UnexpectedContent",
    name: "UnexpectedContent",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The request does not support the related content",
        zh: "请求不支持相关内容",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "UserCnameInvalid",
    name: "UserCnameInvalid",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2023",
        en: "The specified CNAME does not exist or is invalid",
        zh: "用户指定的 CNAME 不存在或不合法",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "UserNetworkTooSlow",
    name: "UserNetworkTooSlow",
    statuses: [400],
    category: "transient",
    retry: "backoff",
    descriptions: [{ status: 400, source: "intl-2023", en: "The network speed is too slow", zh: "用户的网络速度过慢" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "VerifyAlgorithmNotSupported",
    name: "VerifyAlgorithmNotSupported",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      { status: 400, source: "intl-2023", en: "The verification algorithm is not supported", zh: "校验算法不支持" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "WebsiteURLInvalid",
    name: "WebsiteURLInvalid",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [{ status: 400, source: "intl-2023", en: "The custom URL is invalid", zh: "自定义域名 URL 不合法" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "XMLSizeLimit",
    name: "XMLSizeLimit",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      { status: 400, source: "intl-2023", en: "The length of XML exceeds the limit", zh: "XML 长度超过限制" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "PaymentRequired",
    name: "PaymentRequired",
    statuses: [402],
    category: "banned",
    retry: "never",
    descriptions: [{ status: 402, source: "intl-2023", en: "The cost quota is used up", zh: "超出费用配额限制" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "AccessDenied",
    name: "AccessDenied",
    statuses: [403],
    category: "auth",
    retry: "never",
    descriptions: [
      {
        status: 403,
        source: "intl-2023",
        en:
          "The access is denied due to an incorrect signature or permission. For more " +
          "information, please see Request Signature and ACL Overview",
        zh: "签名或者权限不正确，拒绝访问。请参考 请求签名 和 ACL 概述",
      },
    ],
    variants: [],
    messages: [
      {
        message: "Request has expired",
        status: 403,
        category: "signature-expired",
        retry: "after-fix",
        en:
          "The signature has expired when you initiate the request, or your system time is " +
          "out of sync with the time in your time zone. For more information, please see " +
          "FAQs",
        zh: "发起请求的时间超过了签名的有效时间，或者本地系统时间和所在时区的时间不一致。详情请参见 常见问题",
        source: "intl-2023",
      },
    ],
  },
  {
    kind: "xml",
    code: "AccessForbidden",
    name: "AccessForbidden",
    statuses: [403],
    category: "auth",
    retry: "never",
    descriptions: [
      {
        status: 403,
        source: "intl-2023",
        en:
          "The cross-origin resource sharing (CORS) request is denied. Please check " +
          "whether Origin, Access-Control-Request-Method, and " +
          "Access-Control-Request-Headers in the request method or request header are in " +
          "the configured CORS allowlist",
        zh:
          "跨域资源共享（CORS）请求被拒绝，请检查请求方法或请求头部中的 Origin、Access-Control-Request-Method、Access-Con" +
          "trol-Request-Headers 是否在配置的 CORS 白名单中",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidAccessKeyId",
    name: "InvalidAccessKeyId",
    statuses: [403],
    category: "auth",
    retry: "never",
    descriptions: [
      { status: 403, source: "intl-2023", en: "The SecretID does not exist", zh: "SecretID 不存在" },
      {
        status: 403,
        source: "intl-2019-04",
        en: "AccessKey does not exist",
        zh: "AccessKey不存在",
        spelling: "InvaildAccessKeyId",
      },
    ],
    variants: ["InvaildAccessKeyId"],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidObjectState",
    name: "InvalidObjectState",
    statuses: [403, 409],
    category: "precondition",
    retry: "never",
    descriptions: [
      {
        status: 403,
        source: "intl-2023",
        en: "The storage class and requested operation conflict",
        zh: "对象存储类型与操作请求冲突",
      },
      {
        status: 409,
        source: "intl-2023",
        en: "The object state conflicts with the request",
        zh: "对象状态与操作请求冲突",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NoProcessAuthority",
    name: "NoProcessAuthority",
    statuses: [403],
    category: "auth",
    retry: "never",
    descriptions: [
      {
        status: 403,
        source: "intl-2023",
        en: "You do not have permission to process images",
        zh: "没有处理图片的权限",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "RequestTimeTooSkewed",
    name: "RequestTimeTooSkewed",
    statuses: [403],
    category: "signature-expired",
    retry: "after-fix",
    descriptions: [
      {
        status: 403,
        source: "intl-2023",
        en: "The difference between the local time and server time is more than 15 minutes",
        zh: "本地时间与服务器时间相差过大，超过15分钟",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "SignatureDoesNotMatch",
    name: "SignatureDoesNotMatch",
    statuses: [403],
    category: "signature",
    retry: "never",
    descriptions: [
      {
        status: 403,
        source: "intl-2023",
        en:
          "The client-calculated signature is inconsistent with that calculated on the COS " +
          "server. You can refer to Request Signature and use COS's request signature tool " +
          "to check the signature generation process",
        zh: "客户端计算的签名与 COS 服务端计算的签名不一致。请参阅 请求签名 文档并借助COS 请求签名工具 检查自行实现的签名过程",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "UserNotSourceBucketOwner",
    name: "UserNotSourceBucketOwner",
    statuses: [403],
    category: "auth",
    retry: "never",
    descriptions: [
      {
        status: 403,
        source: "intl-2023",
        en: "The current user is not the owner of the source bucket",
        zh: "当前用户不是源存储桶的拥有者",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "UserNotTargetBucketOwner",
    name: "UserNotTargetBucketOwner",
    statuses: [403],
    category: "auth",
    retry: "never",
    descriptions: [
      {
        status: 403,
        source: "intl-2023",
        en: "The current user is not the owner of the destination bucket",
        zh: "当前用户不是目标存储桶的拥有者",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InventoryConfigurationNotFoundError",
    name: "InventoryConfigurationNotFoundError",
    statuses: [404],
    category: "not-found",
    retry: "never",
    descriptions: [
      {
        status: 404,
        source: "intl-2023",
        en: "The list of inventory configurations is not found",
        zh: "清单配置未找到",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NoBucketQuotaPolicy",
    name: "NoBucketQuotaPolicy",
    statuses: [404],
    category: "not-found",
    retry: "never",
    descriptions: [
      { status: 404, source: "intl-2023", en: "The bucket quota policy is not found", zh: "存储桶配额策略不存在" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NoSuchBucket",
    name: "NoSuchBucket",
    statuses: [404],
    category: "not-found",
    retry: "never",
    descriptions: [
      { status: 404, source: "intl-2023", en: "The specified bucket is not found", zh: "指定的存储桶不存在" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NoSuchCopySource",
    name: "NoSuchCopySource",
    statuses: [404],
    category: "not-found",
    retry: "never",
    descriptions: [
      { status: 404, source: "intl-2023", en: "The source object to replicate is not found", zh: "复制对象源不存在" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NoSuchCORSConfiguration",
    name: "NoSuchCORSConfiguration",
    statuses: [404],
    category: "not-found",
    retry: "never",
    descriptions: [
      {
        status: 404,
        source: "intl-2023",
        en: "The specified CORS configuration is not found",
        zh: "指定的跨域资源共享配置不存在",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NoSuchEncryptionConfiguration",
    name: "NoSuchEncryptionConfiguration",
    statuses: [404],
    category: "not-found",
    retry: "never",
    descriptions: [
      {
        status: 404,
        source: "intl-2023",
        en: "The specified bucket encryption configuration is not found",
        zh: "指定的存储桶加密配置不存在",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NoSuchJob",
    name: "NoSuchJob",
    statuses: [404],
    category: "not-found",
    retry: "never",
    descriptions: [
      {
        status: 404,
        source: "intl-2023",
        en: "The specified Batch Operation job is not found",
        zh: "指定的批量处理任务不存在",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NoSuchKey",
    name: "NoSuchKey",
    statuses: [404],
    category: "not-found",
    retry: "never",
    descriptions: [
      {
        status: 404,
        source: "intl-2023",
        en: "The specified object key is not found. You can call HEAD Object to check " + "whether the object exists",
        zh: "指定的对象键不存在。检查对象是否存在请使用 HEAD Object 接口",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NoSuchLifecycleConfiguration",
    name: "NoSuchLifecycleConfiguration",
    statuses: [404],
    category: "not-found",
    retry: "never",
    descriptions: [
      {
        status: 404,
        source: "intl-2023",
        en: "The specified lifecycle configuration is not found",
        zh: "指定的生命周期配置不存在",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NoSuchObjectLockConfiguration",
    name: "NoSuchObjectLockConfiguration",
    statuses: [404],
    category: "not-found",
    retry: "never",
    descriptions: [
      {
        status: 404,
        source: "intl-2023",
        en: "The specified object lock configuration is not found",
        zh: "指定的对象锁定配置不存在",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NoSuchPolicyVersion",
    name: "NoSuchPolicyVersion",
    statuses: [404],
    category: "not-found",
    retry: "never",
    descriptions: [
      { status: 404, source: "intl-2023", en: "The specified policy version is not found", zh: "指定的策略版本不存在" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NoSuchTagSet",
    name: "NoSuchTagSet",
    statuses: [404],
    category: "not-found",
    retry: "never",
    descriptions: [
      { status: 404, source: "intl-2023", en: "The specified tag set is not found", zh: "指定的标签集合不存在" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NoSuchUpload",
    name: "NoSuchUpload",
    statuses: [400, 404],
    category: "not-found",
    retry: "never",
    descriptions: [
      {
        status: 404,
        source: "intl-2023",
        en: "The UploadId specified in a multipart upload is not found",
        zh: "分块上传时指定的 UploadId 不存在",
      },
      {
        status: 400,
        source: "intl-2019-04",
        en: "The uploadid specified for the multipart upload does not exist",
        zh: "分块上传时指定的uploadid不存在",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NoSuchVersion",
    name: "NoSuchVersion",
    statuses: [400, 404],
    category: "not-found",
    retry: "never",
    descriptions: [
      { status: 404, source: "intl-2023", en: "The specified version is not found", zh: "指定版本不存在" },
      { status: 400, source: "intl-2019-12", en: "The specified version does not exist", zh: "指定版本不存在" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NoSuchWebsiteConfiguration",
    name: "NoSuchWebsiteConfiguration",
    statuses: [404],
    category: "not-found",
    retry: "never",
    descriptions: [
      {
        status: 404,
        source: "intl-2023",
        en: "The specified static website configuration is not found",
        zh: "指定的静态网站配置不存在",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "OriginConfigurationNotFoundError",
    name: "OriginConfigurationNotFoundError",
    statuses: [404],
    category: "not-found",
    retry: "never",
    descriptions: [
      { status: 404, source: "intl-2023", en: "The origin-pull configuration is not found", zh: "回源配置未找到" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "ReplicationConfigurationNotFoundError",
    name: "ReplicationConfigurationNotFoundError",
    statuses: [404],
    category: "not-found",
    retry: "never",
    descriptions: [
      {
        status: 404,
        source: "intl-2023",
        en: "The configuration for cross-region replication is not found",
        zh: "跨地域复制配置未找到",
      },
    ],
    variants: ["ReplicationConfigurationnotFoundError"],
    messages: [],
  },
  {
    kind: "xml",
    code: "MethodNotAllowed",
    name: "MethodNotAllowed",
    statuses: [405],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 405,
        source: "intl-2023",
        en: "The resource does not support this HTTP method",
        zh: "此资源不支持该 HTTP 方法",
      },
    ],
    variants: ["MethodMotAllowed"],
    messages: [],
  },
  {
    kind: "xml",
    code: "RestoreNonArchiveObject",
    name: "RestoreNonArchiveObject",
    statuses: [405],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 405,
        source: "intl-2023",
        en: "Non-ARCHIVED objects cannot be restored",
        zh: "不允许对非归档对象进行回热（恢复）",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "UploadIdNotSupported",
    name: "UploadIdNotSupported",
    statuses: [405],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 405,
        source: "intl-2023",
        en: "The specified UploadId is generated by a JSON API. Therefore, you cannot operate with an XML API",
        zh: "指定的 UploadId 由 JSON API 生成，不能使用 XML API 操作",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "AppendPositionErr",
    name: "AppendPositionErr",
    statuses: [400, 409],
    category: "resumable",
    retry: "after-fix",
    descriptions: [
      {
        status: 409,
        source: "intl-2023",
        en: "The object length does not match position during the append operation",
        zh: "Append 操作时，对象长度和 Position 不一致",
      },
      {
        status: 400,
        source: "intl-2019-12",
        en: "The object length doesn't match the position during the Append operation",
        zh: "Append 操作时，对象长度和 Position 不一致",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "BucketAlreadyExists",
    name: "BucketAlreadyExists",
    statuses: [409],
    category: "conflict",
    retry: "never",
    descriptions: [
      { status: 409, source: "intl-2023", en: "The specified bucket already exists", zh: "指定的存储桶已存在" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "BucketAlreadyOwnedByYou",
    name: "BucketAlreadyOwnedByYou",
    statuses: [409],
    category: "conflict",
    retry: "never",
    descriptions: [
      {
        status: 409,
        source: "intl-2023",
        en: "The specified bucket already exists and is owned by the current account",
        zh: "指定的存储桶已存在且由当前帐户创建",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "BucketLocked",
    name: "BucketLocked",
    statuses: [409],
    category: "conflict",
    retry: "never",
    descriptions: [
      {
        status: 409,
        source: "intl-2023",
        en: "The bucket is locked. In this case, cross-region replication and lifecycle are not supported",
        zh: "存储桶已锁定，不能操作跨地域复制或生命周期",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "BucketNotEmpty",
    name: "BucketNotEmpty",
    statuses: [409],
    category: "conflict",
    retry: "never",
    descriptions: [{ status: 409, source: "intl-2023", en: "The bucket is not empty", zh: "存储桶不为空" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "DomainConfigConflict",
    name: "DomainConfigConflict",
    statuses: [409],
    category: "conflict",
    retry: "never",
    descriptions: [
      {
        status: 409,
        source: "intl-2023",
        en: "The endpoint configurations conflict. Please delete the conflicting records",
        zh: "域名配置冲突，请删除冲突的记录",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidBucketState",
    name: "InvalidBucketState",
    statuses: [409],
    category: "conflict",
    retry: "never",
    descriptions: [
      {
        status: 409,
        source: "intl-2023",
        en:
          "The bucket state conflicts with the request. For example, versioning " +
          "configuration conflicts with cross-region replication",
        zh: "存储桶状态与操作请求冲突，例如版本控制管理与跨地域复制的冲突",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidLockedTime",
    name: "InvalidLockedTime",
    statuses: [409],
    category: "conflict",
    retry: "never",
    descriptions: [{ status: 409, source: "intl-2023", en: "The object lock time is invalid", zh: "对象锁定时间无效" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "ObjectLocked",
    name: "ObjectLocked",
    statuses: [409],
    category: "conflict",
    retry: "never",
    descriptions: [
      {
        status: 409,
        source: "intl-2023",
        en:
          "The object is locked. In this case, you cannot overwrite upload or delete the " +
          "object, or modify the object metadata through copying",
        zh: "对象已锁定，不允许覆盖上传或删除该对象，也不允许通过复制修改该对象的元数据",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "PathConflict",
    name: "PathConflict",
    statuses: [409],
    category: "transient",
    retry: "backoff",
    descriptions: [
      {
        status: 409,
        source: "intl-2023",
        en: "Millisecond-level concurrency conflict occurs for objects with the same name",
        zh: "存在同名对象的毫秒级并发冲突",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "QuotaConflict",
    name: "QuotaConflict",
    statuses: [409],
    category: "conflict",
    retry: "never",
    descriptions: [{ status: 409, source: "intl-2023", en: "Quota conflict", zh: "配额冲突" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "QuotaOperationConflict",
    name: "QuotaOperationConflict",
    statuses: [409],
    category: "conflict",
    retry: "never",
    descriptions: [
      {
        status: 409,
        source: "intl-2023",
        en: "The bucket state does not support this operation",
        zh: "该存储桶的状态不适用于该操作",
      },
      { status: 409, source: "cn-2021-flare", spelling: "QuotaOperationConfilct" },
    ],
    variants: ["QuotaOperationConfilct"],
    messages: [],
  },
  {
    kind: "xml",
    code: "RecordAlreadyExist",
    name: "RecordAlreadyExist",
    statuses: [409],
    category: "conflict",
    retry: "never",
    descriptions: [
      {
        status: 409,
        source: "intl-2023",
        en: "The DNS record conflicts. Please delete the conflicting record, or add a CNAME/TXT record",
        zh: "DNS 记录冲突，请删除冲突的记录，或添加 CNAME/TXT 记录",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "RestoreAlreadyInProgress",
    name: "RestoreAlreadyInProgress",
    statuses: [409],
    category: "conflict",
    retry: "never",
    descriptions: [
      { status: 409, source: "intl-2023", en: "The object is being restored", zh: "该对象正在回热（恢复）中" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "UploadConflict",
    name: "UploadConflict",
    statuses: [409],
    category: "throttling",
    retry: "backoff",
    descriptions: [
      {
        status: 409,
        source: "intl-2023",
        en: "Uploading the same object key too many times causes a conflict",
        zh: "同一个对象键频繁上传会导致冲突",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "ObjectNotAppendable",
    name: "ObjectNotAppendable",
    statuses: [400, 409],
    category: "conflict",
    retry: "never",
    descriptions: [
      { status: 409, source: "intl-2023", en: "The specified object is not appendable", zh: "指定的对象不能追加" },
      { status: 400, source: "intl-2019-12", en: "The specified object cannot be appended", zh: "指定的对象不能追加" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "MissingContentLength",
    name: "MissingContentLength",
    statuses: [411],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 411,
        source: "intl-2023",
        en: "The Content-Length request header is missing",
        zh: "Content-Length 请求头部缺失",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "PreconditionFailed",
    name: "PreconditionFailed",
    statuses: [400, 412],
    category: "precondition",
    retry: "never",
    descriptions: [
      { status: 412, source: "intl-2023", en: "The precondition matching failed", zh: "前置条件不匹配" },
      {
        status: 400,
        source: "intl-2019-04",
        en: "At least one of the preconditions you specified did not hold",
        zh: "前置条件匹配失败",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidRange",
    name: "InvalidRange",
    statuses: [416],
    category: "request",
    retry: "never",
    descriptions: [
      { status: 416, source: "intl-2023", en: "The requested object range is invalid", zh: "请求的对象范围不合法" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "DomainAuditFailed",
    name: "DomainAuditFailed",
    statuses: [451],
    category: "banned",
    retry: "never",
    descriptions: [
      { status: 451, source: "intl-2023", en: "The domain name does not have an ICP license", zh: "域名未备案" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "UnavailableForLegalReasons",
    name: "UnavailableForLegalReasons",
    statuses: [451],
    category: "banned",
    retry: "never",
    descriptions: [
      {
        status: 451,
        source: "intl-2023",
        en:
          "The service is unavailable. Please check whether your account has overdue " +
          "payments. If not, check whether there are restricted files by referring to " +
          "Content Compliance",
        zh: "当前服务不可用，请检查账号是否欠费，若无欠费可通过 内容合规 查看是否存在违规内容",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InternalError",
    name: "InternalError",
    statuses: [500],
    category: "internal",
    retry: "backoff",
    descriptions: [
      { status: 500, source: "intl-2023", en: "Internal error of the server occurs", zh: "服务端内部错误" },
      {
        status: 500,
        source: "intl-2019-12",
        en: "Internal server error",
        zh: "服务端内部错误",
        spelling: "InternalErrror",
      },
    ],
    variants: ["InternalErrror"],
    messages: [],
  },
  {
    kind: "xml",
    code: "KmsInternalException",
    name: "KmsInternalException",
    statuses: [500],
    category: "internal",
    retry: "backoff",
    descriptions: [
      { status: 500, source: "intl-2023", en: "KMS internal error occurs", zh: "查询密钥管理服务时发生服务端内部错误" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NotImplemented",
    name: "NotImplemented",
    statuses: [501],
    category: "request",
    retry: "never",
    descriptions: [
      { status: 501, source: "intl-2023", en: "The request has not been implemented", zh: "请求尚未实现" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "KmsFreqControl",
    name: "KmsFreqControl",
    statuses: [503],
    category: "throttling",
    retry: "backoff",
    descriptions: [
      {
        status: 503,
        source: "intl-2023",
        en: "The KMS access frequency is too high",
        zh: "请降低使用密钥管理服务的请求的访问频率",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "ServiceUnavailable",
    name: "ServiceUnavailable",
    statuses: [503],
    category: "transient",
    retry: "backoff",
    descriptions: [
      { status: 503, source: "intl-2023", en: "The service is unavailable. Please retry", zh: "服务暂不可用，请重试" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "SlowDown",
    name: "SlowDown",
    statuses: [503],
    category: "throttling",
    retry: "backoff",
    descriptions: [
      { status: 503, source: "intl-2023", en: "The access frequency should be slowed down", zh: "请降低访问频率" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "PermanentRedirect",
    name: "PermanentRedirect",
    statuses: [301],
    category: "redirect",
    retry: "after-fix",
    descriptions: [
      {
        status: 301,
        source: "intl-2019-12",
        en:
          "This resource has been permanently relocated. Please use the HTTP Location " +
          "response header to get redirected to the correct location",
        zh: "该资源已经被永久改变了位置，请利用 HTTP Location 响应头部来重定向到正确的新位置",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "TemporaryRedirect",
    name: "TemporaryRedirect",
    statuses: [302, 307],
    category: "redirect",
    retry: "after-fix",
    descriptions: [
      {
        status: 302,
        source: "intl-2019-12",
        en:
          "This resource has been temporarily relocated. Please use the HTTP Location " +
          "response header to get redirected to the correct location",
        zh: "该资源已经被临时改变了位置，请利用 HTTP Location 响应头部来重定向到正确的新位置",
      },
      {
        status: 307,
        source: "intl-2019-12",
        en: "You will be temporarily redirected during the DNS update",
        zh: "在 DNS 更新期间，您将被临时重定向",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "Redirect",
    name: "Redirect",
    statuses: [307],
    category: "redirect",
    retry: "after-fix",
    descriptions: [{ status: 307, source: "intl-2019-12", en: "Temporarily redirected", zh: "临时重定向" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "LifeCycleIdNotUnique",
    name: "LifeCycleIdNotUnique",
    statuses: [400],
    category: "conflict",
    retry: "never",
    descriptions: [
      { status: 400, source: "intl-2019-12", en: "The lifecycle ID is not unique", zh: "生命周期 ID 不唯一" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "LifeCycleRuleConflicted",
    name: "LifeCycleRuleConflicted",
    statuses: [400],
    category: "conflict",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2019-12",
        en: "There is a conflict in the lifecycle settings",
        zh: "生命周期设置存在冲突",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "MissingAppid",
    name: "MissingAppid",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      { status: 400, source: "intl-2019-12", en: "APPID is missing in the request headers", zh: "请求头中缺少 APPID" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "MissingContentMD5",
    name: "MissingContentMD5",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2019-12",
        en: "Content-MD5 is missing in the request headers",
        zh: "请求头中缺少 Content-MD5",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "MissingHost",
    name: "MissingHost",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      { status: 400, source: "intl-2019-12", en: "Host is missing in the request headers", zh: "请求头中缺少 Host" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidObjectStorage",
    name: "InvalidObjectStorage",
    statuses: [403],
    category: "request",
    retry: "never",
    descriptions: [{ status: 403, source: "intl-2019-12", en: "Invalid storage class", zh: "不合法的存储类型" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "NoLifecycle",
    name: "NoLifecycle",
    statuses: [400],
    category: "not-found",
    retry: "never",
    descriptions: [{ status: 400, source: "intl-2019-04", en: "Lifecycle does not exist", zh: "生命周期不存在" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InlineDataTooLarge",
    name: "InlineDataTooLarge",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2019-04",
        en: "Inline data exceeds the maximum allowed size",
        zh: "内链数据大小高于要求的最大值",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "MalformedACLError",
    name: "MalformedACLError",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2019-04",
        en: "The specified ACL policy does not comply with XML syntax",
        zh: "描述的ACL策略不符合XML语法",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "MaxMessageLengthExceeded",
    name: "MaxMessageLengthExceeded",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [{ status: 400, source: "intl-2019-04", en: "Request is too long", zh: "请求过长" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "MaxPostPreDataLengthExceededError",
    name: "MaxPostPreDataLengthExceededError",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2019-04",
        en:
          "The POST request fields preceding the upload file were too large, which usually " +
          "happens in multipart upload operations.",
        zh: "该POST请求的数据前缀过长，常见于分片上传",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "MetadataTooLarge",
    name: "MetadataTooLarge",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2019-04",
        en: "The size of metadata exceeds the maximum allowed size",
        zh: "元数据大小超过要求的最大值",
        spelling: "MatadataTooLarge",
      },
    ],
    variants: ["MatadataTooLarge"],
    messages: [],
  },
  {
    kind: "xml",
    code: "MissingSecurityHeader",
    name: "MissingSecurityHeader",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [{ status: 400, source: "intl-2019-04", en: "Required header is missing", zh: "必要Header缺失" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "RequestIsNotMultiPartContent",
    name: "RequestIsNotMultiPartContent",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2019-04",
        en: "The Content-Type of the POST request is invalid",
        zh: "Post请求 Content-Type不合法",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "UnresolvableGrantByUID",
    name: "UnresolvableGrantByUID",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      { status: 400, source: "intl-2019-04", en: "The provided UID does not exist", zh: "提供的UID不存在" },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "UserKeyMustBeSpecified",
    name: "UserKeyMustBeSpecified",
    statuses: [400],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: 400,
        source: "intl-2019-04",
        en: "The path must be specified for the POST operation performed against a Bucket",
        zh: "针对Bucket的Post操作必须指定明确路径",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "AccountProblem",
    name: "AccountProblem",
    statuses: [403],
    category: "banned",
    retry: "never",
    descriptions: [
      {
        status: 403,
        source: "intl-2019-04",
        en: "This operation has been denied by your account",
        zh: "您的账号拒绝了此次操作",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidSecurity",
    name: "InvalidSecurity",
    statuses: [403],
    category: "signature",
    retry: "never",
    descriptions: [{ status: 403, source: "intl-2019-04", en: "Signature string is invalid", zh: "签名串不合法" }],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "OperationAborted",
    name: "OperationAborted",
    statuses: [409],
    category: "conflict",
    retry: "never",
    descriptions: [
      {
        status: 409,
        source: "intl-2019-04",
        en:
          "The operation is not supported for the specified resource, or the resource " +
          "being downloaded is incomplete or damaged during transfer.",
        zh: "指定资源不支持此类操作或者文件传输不完整，有损坏，当下载的时候会报该错误码",
      },
    ],
    variants: [],
    messages: [],
  },
  {
    kind: "xml",
    code: "InvalidAddressingHeader",
    name: "InvalidAddressingHeader",
    statuses: [],
    category: "request",
    retry: "never",
    descriptions: [
      {
        status: null,
        source: "intl-2019-04",
        en: "Anonymous access is required",
        zh: "必须使用匿名角色访问",
        spelling: "InvaildAddressingHeader",
      },
    ],
    variants: ["InvaildAddressingHeader"],
    messages: [],
  },
];

const sdkCodeData: CosClientCodeEntry[] = [
  {
    kind: "sdk",
    code: "CannotDownload",
    name: "CannotDownload",
    category: "precondition",
    retry: "never",
    en:
      "The SDK refuses to download an object in an archive storage class that is not " +
      "restored (node sdk/advance.js:1473); restore it first",
    sdks: ["cos-nodejs-sdk-v5"],
  },
  {
    kind: "sdk",
    code: "ObjectHasChanged",
    name: "ObjectHasChanged",
    category: "conflict",
    retry: "never",
    en: "The object changed (ETag or size) during a resumable download; start the " + "download again deliberately",
    sdks: ["cos-nodejs-sdk-v5"],
  },
  {
    kind: "sdk",
    code: "exist_same_dir",
    name: "exist_same_dir",
    category: "conflict",
    retry: "never",
    en: "A directory of the same name already exists where the download would write the file",
    sdks: ["cos-nodejs-sdk-v5"],
  },
  {
    kind: "sdk",
    code: "404",
    name: "404",
    category: "not-found",
    retry: "never",
    en:
      "A request without a response body (HEAD) answered 404: the Node SDK puts the " +
      'status as the string "404" into err.code',
    sdks: ["cos-nodejs-sdk-v5"],
  },
  {
    kind: "sdk",
    code: "Error",
    name: "Error",
    category: "request",
    retry: "never",
    en:
      'A client-side error without a server code, e.g. a parameter check ("Bucket ' +
      'should format as ..."); when the error has a statusCode, the status decides',
    sdks: ["cos-nodejs-sdk-v5", "cos-js-sdk-v5"],
  },
  {
    kind: "sdk",
    code: "timeout",
    name: "timeout",
    category: "transient",
    retry: "backoff",
    en: "The browser SDK's request timed out",
    sdks: ["cos-js-sdk-v5"],
  },
  {
    kind: "sdk",
    code: "CORS blocked or network error",
    name: "CORS blocked or network error",
    category: "transient",
    retry: "backoff",
    en:
      "The browser request failed without a response: a network error, or a CORS rule " +
      "of the bucket that blocks the page (indistinguishable on the client)",
    sdks: ["cos-js-sdk-v5"],
  },
];

const nodeCodeData: CosClientCodeEntry[] = [
  {
    kind: "node",
    code: "ECONNRESET",
    name: "ECONNRESET",
    category: "transient",
    retry: "backoff",
    en: 'The connection was reset by the peer ("socket hang up")',
    sdks: [],
  },
  {
    kind: "node",
    code: "ETIMEDOUT",
    name: "ETIMEDOUT",
    category: "transient",
    retry: "backoff",
    en: "A connect or socket operation timed out",
    sdks: [],
  },
  {
    kind: "node",
    code: "ESOCKETTIMEDOUT",
    name: "ESOCKETTIMEDOUT",
    category: "transient",
    retry: "backoff",
    en: "The socket timed out waiting for a response (the request library's code)",
    sdks: [],
  },
  {
    kind: "node",
    code: "ECONNREFUSED",
    name: "ECONNREFUSED",
    category: "transient",
    retry: "backoff",
    en: "The connection was refused",
    sdks: [],
  },
  {
    kind: "node",
    code: "ECONNABORTED",
    name: "ECONNABORTED",
    category: "transient",
    retry: "backoff",
    en: "The connection was aborted",
    sdks: [],
  },
  {
    kind: "node",
    code: "EPIPE",
    name: "EPIPE",
    category: "transient",
    retry: "backoff",
    en: "The connection was closed while the request was being written",
    sdks: [],
  },
  {
    kind: "node",
    code: "ENOTFOUND",
    name: "ENOTFOUND",
    category: "transient",
    retry: "backoff",
    en: "DNS lookup of the host failed",
    sdks: [],
  },
  {
    kind: "node",
    code: "EAI_AGAIN",
    name: "EAI_AGAIN",
    category: "transient",
    retry: "backoff",
    en: "DNS lookup failed temporarily",
    sdks: [],
  },
  {
    kind: "node",
    code: "EHOSTUNREACH",
    name: "EHOSTUNREACH",
    category: "transient",
    retry: "backoff",
    en: "The host is unreachable",
    sdks: [],
  },
  {
    kind: "node",
    code: "ENETUNREACH",
    name: "ENETUNREACH",
    category: "transient",
    retry: "backoff",
    en: "The network is unreachable",
    sdks: [],
  },
  {
    kind: "node",
    code: "ENETDOWN",
    name: "ENETDOWN",
    category: "transient",
    retry: "backoff",
    en: "The network is down",
    sdks: [],
  },
  {
    kind: "node",
    code: "EHOSTDOWN",
    name: "EHOSTDOWN",
    category: "transient",
    retry: "backoff",
    en: "The host is down",
    sdks: [],
  },
  {
    kind: "node",
    code: "EPROTO",
    name: "EPROTO",
    category: "transient",
    retry: "backoff",
    en: "A protocol (usually TLS) error on the connection",
    sdks: [],
  },
  {
    kind: "node",
    code: "ERR_SOCKET_CONNECTION_TIMEOUT",
    name: "ERR_SOCKET_CONNECTION_TIMEOUT",
    category: "transient",
    retry: "backoff",
    en: "Node could not connect within the timeout",
    sdks: [],
  },
  {
    kind: "node",
    code: "ERR_STREAM_PREMATURE_CLOSE",
    name: "ERR_STREAM_PREMATURE_CLOSE",
    category: "transient",
    retry: "backoff",
    en: "The response stream closed before it ended",
    sdks: [],
  },
  {
    kind: "node",
    code: "ENOENT",
    name: "ENOENT",
    category: "not-found",
    retry: "never",
    en: "A local file or directory does not exist (e.g. uploadFile's FilePath)",
    sdks: [],
  },
  {
    kind: "node",
    code: "EACCES",
    name: "EACCES",
    category: "request",
    retry: "never",
    en: "No permission for a local file or directory",
    sdks: [],
  },
  {
    kind: "node",
    code: "EISDIR",
    name: "EISDIR",
    category: "request",
    retry: "never",
    en: "A local path is a directory where a file was expected",
    sdks: [],
  },
];

const nodePrefixData: CosClientCodePrefix[] = [
  {
    prefix: "ERR_",
    category: "request",
    retry: "never",
    en:
      "Any other Node.js internal error (ERR_INVALID_ARG_TYPE, ERR_INVALID_URL, ...): " +
      "a programming or configuration error",
  },
];

const httpStatusData: CosHttpStatusRule[] = [
  { from: 408, to: 408, category: "transient", retry: "backoff", en: "Request Timeout: retryable with backoff" },
  {
    from: 429,
    to: 429,
    category: "throttling",
    retry: "backoff",
    en: "Too Many Requests: retryable with a larger backoff",
  },
  {
    from: 501,
    to: 501,
    category: "request",
    retry: "never",
    en:
      "Not Implemented: the operation is not supported; a retry repeats it (the SDKs " +
      "retry it once anyway, as any 5xx)",
  },
  {
    from: 403,
    to: 403,
    category: "auth",
    retry: "never",
    en:
      "Forbidden: permission, signature or account problem; not retried blindly (look " +
      "at the code: an expired signature is after-fix)",
  },
  {
    from: 404,
    to: 404,
    category: "not-found",
    retry: "never",
    en: "Not Found: the bucket, object or configuration does not exist",
  },
  {
    from: 409,
    to: 409,
    category: "conflict",
    retry: "never",
    en: "Conflict: the resource's state conflicts with the request",
  },
  {
    from: 412,
    to: 412,
    category: "precondition",
    retry: "never",
    en: "Precondition Failed: re-read the object before deciding",
  },
  {
    from: 304,
    to: 304,
    category: "precondition",
    retry: "never",
    en:
      "Not Modified: the object has not changed since the version a conditional GET " +
      "names (If-None-Match, If-Modified-Since); use the copy you have",
  },
  {
    from: 300,
    to: 399,
    category: "redirect",
    retry: "after-fix",
    en: "Redirect: send the request to the endpoint the response names",
  },
  {
    from: 400,
    to: 499,
    category: "request",
    retry: "never",
    en: "Any other 4xx: a client error, never retried blindly",
  },
  {
    from: 500,
    to: 599,
    category: "internal",
    retry: "backoff",
    en: "Any other 5xx: a server error, retryable with backoff, a few attempts",
  },
];

const categoryData: CosErrorCategoryInfo[] = [
  {
    id: "throttling",
    retry: "backoff",
    covers: "Too many operations; back off harder (larger base delay, less concurrency).",
    examples: [-71],
    xmlExamples: ["SlowDown", "KmsFreqControl"],
  },
  {
    id: "transient",
    retry: "backoff",
    covers: "Timeouts and network failures.",
    examples: [-5963, -66],
    xmlExamples: ["ServiceUnavailable", "RequestTimeout"],
  },
  {
    id: "internal",
    retry: "backoff",
    covers: 'Server-side "internal error, contact support"; retry at most a few attempts.',
    examples: [-5997, -29112, 100, 101],
    xmlExamples: ["InternalError", "KmsInternalException"],
  },
  {
    id: "signature-expired",
    retry: "after-fix",
    covers: "Signature expired or one-time signature reused.",
    examples: [-96, -59, -46619, -77],
    xmlExamples: ["RequestTimeTooSkewed", "ExpiredToken"],
    fixAction: "re-sign the request (and correct the clock skew) before retrying",
  },
  {
    id: "resumable",
    retry: "after-fix",
    covers: "Unfinished upload; upload id, part, session, ETag or append-offset state.",
    examples: [-4019, -29136, -120, -46197],
    xmlExamples: ["AppendPositionErr"],
    fixAction:
      "resume the upload (list the parts, send the missing ones, finish) instead of " +
      "restarting it; never delete and re-upload",
  },
  {
    id: "integrity",
    retry: "after-fix",
    covers: "SHA, MD5, Content-MD5 or length mismatch.",
    examples: [-4016, -5961, -29063],
    xmlExamples: ["BadDigest", "EntitySizeNotMatch"],
    fixAction: "re-read the source and recompute the checksum before sending it again, once",
  },
  {
    id: "request",
    retry: "never",
    covers: "Bad parameters, malformed bodies, size and count limits.",
    examples: [-5999, -5964, -285, -172],
    xmlExamples: ["InvalidArgument", "MalformedXML", "EntityTooLarge"],
  },
  {
    id: "auth",
    retry: "never",
    covers: "SecretId or AppId, permissions, referer and CORS rules.",
    examples: [-55, -79, -70, -121],
    xmlExamples: ["AccessDenied", "InvalidAccessKeyId", "AccessForbidden"],
  },
  {
    id: "signature",
    retry: "never",
    covers: "Malformed or mismatched signature.",
    examples: [-97, -81, -57],
    xmlExamples: ["SignatureDoesNotMatch", "InvalidSecurity"],
  },
  {
    id: "not-found",
    retry: "never",
    covers: "Bucket, file, version or copy source missing.",
    examples: [-133, -197, -46641],
    xmlExamples: ["NoSuchKey", "NoSuchBucket", "NoSuchUpload"],
  },
  {
    id: "conflict",
    retry: "never",
    covers: "Already exists, not empty, failed preconditions, object not finished uploading.",
    examples: [-4018, -177, -173, -100],
    xmlExamples: ["BucketAlreadyExists", "BucketAlreadyOwnedByYou", "BucketNotEmpty"],
  },
  {
    id: "banned",
    retry: "never",
    covers: "Bucket, file or user banned or blocked by policy.",
    examples: [-46620, -46621, -46615, -46627],
    xmlExamples: ["PaymentRequired", "UnavailableForLegalReasons"],
  },
  {
    id: "redirect",
    retry: "after-fix",
    covers: "XML API 3xx: the bucket is served from another endpoint (wrong region or " + "domain, or a DNS update).",
    examples: [],
    xmlExamples: ["PermanentRedirect", "TemporaryRedirect"],
    fixAction:
      "send the request to the endpoint the response names (Location header), or fix " +
      "the bucket's region or domain in the client configuration",
  },
  {
    id: "precondition",
    retry: "never",
    covers:
      "XML API: a condition of the request or a state of the bucket or object does not " +
      "hold: If-Match and the like failed, a feature or KMS key not enabled, an " +
      "archived object not restored.",
    examples: [],
    xmlExamples: ["PreconditionFailed", "InvalidObjectState"],
  },
];

const retryClassData: CosRetryClassInfo[] = [
  {
    id: "backoff",
    meaning: "Transient on the server or network side.",
    action:
      "Retry with exponential backoff and jitter, a small bounded number of attempts, " +
      "then surface the error with its request id.",
  },
  {
    id: "after-fix",
    meaning: "A plain retry repeats the failure, but a retry after a specific action succeeds.",
    action: "Do the category's fix action first (re-sign, resume, re-read and re-checksum), then retry.",
  },
  {
    id: "never",
    meaning: "The request itself is wrong or not allowed.",
    action:
      "Do not retry: report, fix the request or the configuration, or treat as a known " +
      'outcome (e.g. -4018 "already uploaded" may mean success).',
  },
];
// </generated>

/** The name of a constant in {@link CosErrorCode}. */
export type CosErrorCodeName = keyof typeof CosErrorCode;

/** A known COS error code (the union of the values of {@link CosErrorCode}). */
export type CosErrorCodeValue = (typeof CosErrorCode)[CosErrorCodeName];

/** The name of a constant in {@link CosXmlErrorCode}: the code itself. */
export type CosXmlErrorCodeName = keyof typeof CosXmlErrorCode;

/** A known XML-API code, correctly spelled (the union of the values of {@link CosXmlErrorCode}). */
export type CosXmlErrorCodeValue = (typeof CosXmlErrorCode)[CosXmlErrorCodeName];

/** The items, each item's array fields (and the objects in them) and the array itself, frozen. */
function freeze<T extends object>(items: T[]): readonly T[] {
  for (const item of items) {
    for (const value of Object.values(item) as unknown[]) {
      if (Array.isArray(value)) {
        for (const element of value as unknown[]) if (typeof element === "object") Object.freeze(element);
      }
      if (typeof value === "object" && value !== null) Object.freeze(value);
    }
    Object.freeze(item);
  }
  return Object.freeze(items);
}

/** Every JSON-API code of the catalogue, in the order of Tencent's table. */
export const cosErrorCatalog: readonly CosErrorEntry[] = freeze(catalogData);

/** Every XML-API code of the catalogue, in the order of Tencent's table. */
export const cosXmlErrorCatalog: readonly CosXmlErrorEntry[] = freeze(xmlCatalogData);

/** The codes the SDKs make up on the client (`"CannotDownload"`, `"404"`, `"timeout"`, ...). */
export const cosSdkClientCodes: readonly CosClientCodeEntry[] = freeze(sdkCodeData);

/** Node's own error codes that reach `err.code` (`"ECONNRESET"`, ...). */
export const nodeSystemCodes: readonly CosClientCodeEntry[] = freeze(nodeCodeData);

/** Prefix rules for the other Node codes (`"ERR_"`). */
export const nodeSystemCodePrefixes: readonly CosClientCodePrefix[] = freeze(nodePrefixData);

/** How retry logic treats an HTTP status. */
export const cosHttpStatuses: readonly CosHttpStatusRule[] = freeze(httpStatusData);

/** The categories, each with its retry class. */
export const cosErrorCategories: readonly CosErrorCategoryInfo[] = freeze(categoryData);

/** The three retry classes. */
export const cosRetryClasses: readonly CosRetryClassInfo[] = freeze(retryClassData);

const byCode: ReadonlyMap<number, CosErrorEntry> = new Map(cosErrorCatalog.map((entry) => [entry.code, entry]));
const byXmlCode: ReadonlyMap<string, CosXmlErrorEntry> = new Map(
  cosXmlErrorCatalog.flatMap((entry) => [entry.code, ...entry.variants].map((code) => [code, entry] as const)),
);
const byClientCode: ReadonlyMap<string, CosClientCodeEntry> = new Map(
  [...cosSdkClientCodes, ...nodeSystemCodes].map((entry) => [entry.code, entry]),
);
const httpEntries = new Map<number, CosHttpStatusEntry | undefined>();

/** A number, or a string holding an integer such as `"-96"`, as a number; anything else as `undefined`. */
function toCode(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
  if (typeof value === "string" && /^\s*[-+]?\d+\s*$/u.test(value)) return Number(value);
  return undefined;
}

/**
 * How retry logic treats an HTTP status: its own rule, else its range's (5xx and 429 `backoff`, other 4xx
 * `never`, 3xx `after-fix`); `undefined` for statuses no rule covers (1xx, 2xx) and non-integers.
 */
export function getCosHttpStatus(status: number): CosHttpStatusEntry | undefined {
  return Number.isInteger(status) ? httpStatus(status) : undefined;
}

function httpStatus(status: number): CosHttpStatusEntry | undefined {
  if (httpEntries.has(status)) return httpEntries.get(status);
  const rule =
    cosHttpStatuses.find((r) => r.from === status && r.to === status) ??
    cosHttpStatuses.find((r) => r.from <= status && status <= r.to);
  const entry: CosHttpStatusEntry | undefined = rule && {
    kind: "http",
    status,
    name: `HTTP ${status}`,
    category: rule.category,
    retry: rule.retry,
    en: rule.en,
  };
  httpEntries.set(status, entry && Object.freeze(entry));
  return entry;
}

/** Node's code with its own entry, else by prefix (`ERR_*`), as an entry. */
function nodePrefixEntry(code: string): CosClientCodeEntry | undefined {
  const rule = nodeSystemCodePrefixes.find((p) => code.startsWith(p.prefix) && code.length > p.prefix.length);
  if (rule === undefined || !/^[A-Z0-9_]+$/u.test(code)) return undefined;
  const { category, retry, en } = rule;
  return Object.freeze({ kind: "node", code, name: code, category, retry, en, sdks: Object.freeze([]) });
}

/**
 * A code on its own: a JSON number (or numeric string), an XML code or variant, a client code. A bare
 * number is always a JSON code (100 and 101 are JSON codes too): HTTP statuses come from `err.statusCode`.
 */
function infoOfCode(code: unknown): CosErrorInfo | undefined {
  const number = toCode(code);
  if (typeof code === "number") return number === undefined ? undefined : byCode.get(number);
  if (typeof code !== "string") return undefined;
  if (number !== undefined) return byCode.get(number) ?? byClientCode.get(code.trim());
  return byXmlCode.get(code) ?? byClientCode.get(code) ?? nodePrefixEntry(code);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/**
 * An error object of any SDK shape: `err.code` first, unless it is missing, unknown or the SDKs' generic
 * `"Error"`; then `err.error.Code`; then `err.statusCode`; else what `err.code` gave.
 */
function infoOfError(error: CosSdkErrorLike): CosErrorInfo | undefined {
  const fromCode = infoOfCode(error.code);
  const generic = fromCode !== undefined && "kind" in fromCode && fromCode.kind === "sdk" && fromCode.code === "Error";
  if (fromCode !== undefined && !generic) return fromCode;
  const inner = isObject(error.error) ? error.error : undefined;
  const fromInner = typeof inner?.Code === "string" ? infoOfCode(inner.Code) : undefined;
  const fromStatus = typeof error.statusCode === "number" ? httpStatus(error.statusCode) : undefined;
  return fromInner ?? fromStatus ?? fromCode;
}

/** The entry, and the category and retry class after the entry's message rules. */
function classify(
  input: CosErrorInput,
): { info: CosErrorInfo; category: CosErrorCategory; retry: CosRetryClass } | undefined {
  if (!isObject(input)) {
    const info = infoOfCode(input);
    return info && { info, category: info.category, retry: info.retry };
  }
  const info = infoOfError(input);
  if (info === undefined) return undefined;
  if ("kind" in info && info.kind === "xml" && info.messages.length > 0) {
    const inner = isObject(input.error) ? input.error : undefined;
    const messages = [input.message, inner?.Message];
    const rule = info.messages.find((m) => messages.includes(m.message));
    if (rule) return { info, category: rule.category, retry: rule.retry };
  }
  return { info, category: info.category, retry: info.retry };
}

/**
 * The catalogue entry of a code or an SDK error, or `undefined` for one that is not in the catalogue.
 * - a JSON number, or a numeric string such as `"-96"`: its {@link CosErrorEntry};
 * - an XML code, correctly spelled or a known variant (`"BadRquest"`): its {@link CosXmlErrorEntry}
 *   (a variant gives the entry of the correct spelling: compare `entry.code` with what you passed);
 * - a code the SDKs or Node make up (`"CannotDownload"`, `"404"`, `"ECONNRESET"`, `"ERR_…"`):
 *   a {@link CosClientCodeEntry};
 * - an SDK error object: `err.code`, else (missing, unknown or `"Error"`) `err.error.Code`, else
 *   `err.statusCode` (a {@link CosHttpStatusEntry}; a bare number is a JSON code, see {@link getCosHttpStatus}).
 * Message rules (`AccessDenied` + "Request has expired") do not change the entry; they change what
 * {@link cosErrorCategory} and {@link isRetryableCosError} answer.
 */
export function getCosError(code: CosErrorCodeValue): CosErrorEntry;
export function getCosError(code: CosXmlErrorCodeValue): CosXmlErrorEntry;
export function getCosError(code: number): CosErrorEntry | undefined;
export function getCosError(codeOrError: CosErrorInput): CosErrorInfo | undefined;
export function getCosError(codeOrError: CosErrorInput): CosErrorInfo | undefined {
  return classify(codeOrError)?.info;
}

/**
 * Whether a plain retry (with backoff) can succeed: true for the `"backoff"` retry class only.
 * Unknown codes are not retryable; an unknown code with a `statusCode` is judged by its status.
 * @param codeOrError a code, a status or an SDK error object, as for {@link getCosError}
 */
export function isRetryableCosError(codeOrError: CosErrorInput): boolean {
  return classify(codeOrError)?.retry === "backoff";
}

/**
 * The category of a code or an SDK error, or `undefined` for one that is not in the catalogue.
 * @param code a code, a status or an SDK error object, as for {@link getCosError}
 */
export function cosErrorCategory(code: CosErrorCodeValue | CosXmlErrorCodeValue): CosErrorCategory;
export function cosErrorCategory(code: CosErrorInput): CosErrorCategory | undefined;
export function cosErrorCategory(code: CosErrorInput): CosErrorCategory | undefined {
  return classify(code)?.category;
}
