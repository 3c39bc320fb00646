import type { ErrorMessages } from '../shared/error-messages';

/**
 * Photos and short video clips attached to activities, tracking logs and sign-in sheets
 * (checked and resized by server/src/files/photos.ts and video.ts). Kept apart from
 * `activityErrorMessages` so the photo pipeline could be written beside the activities
 * capability; merged into the catalogue in ../errors.ts.
 */
export const photoErrorMessages = {
  'photo.not_image': {
    status: 415,
    'zh-CN': '这个文件不是照片。请选择 JPG、PNG 或 WebP 格式的照片。',
    en: 'This file is not a photo. Please choose a JPG, PNG or WebP photo.',
  },
  'photo.unsupported_type': {
    status: 415,
    'zh-CN': '暂不支持这种照片格式（如苹果手机的 HEIC）。请通过微信选择照片上传，或把相机格式设为“兼容性最佳”。',
    en: 'This photo format (such as HEIC from an iPhone) is not supported yet. Pick the photo through WeChat, or set the camera format to "Most Compatible".',
  },
  'photo.too_large': {
    status: 413,
    'zh-CN': '照片太大（最大 {maxMegabytes} MB）。请选择小一些的照片。',
    en: 'The photo is too large (at most {maxMegabytes} MB). Please choose a smaller one.',
  },
  'photo.too_many_pixels': {
    status: 413,
    'zh-CN': '照片的像素太多，无法处理。请选择普通拍摄的照片。',
    en: 'The photo has too many pixels to process. Please choose an ordinary photo.',
  },
  'photo.corrupt': {
    status: 400,
    'zh-CN': '照片已损坏或没有传完整，无法打开。请重新选择或重新拍摄。',
    en: 'The photo is damaged or was not uploaded completely and cannot be opened. Please choose or take it again.',
  },
  'video.not_video': {
    status: 415,
    'zh-CN': '这个文件不是视频。请选择 MP4、MOV 或 WebM 格式的短视频。',
    en: 'This file is not a video. Please choose an MP4, MOV or WebM clip.',
  },
  'video.too_large': {
    status: 413,
    'zh-CN': '视频太大（最大 {maxMegabytes} MB）。请剪短一些，或只上传照片。',
    en: 'The video is too large (at most {maxMegabytes} MB). Please shorten it, or upload photos only.',
  },
  'media.unknown': { status: 404, 'zh-CN': '这张照片或视频不存在。', en: 'No such photo or video.' },
  'media.file_missing': {
    status: 404,
    'zh-CN': '这个文件已经找不到了，请重新上传。',
    en: 'This file can no longer be found; please upload it again.',
  },
  'media.no_thumbnail': { status: 404, 'zh-CN': '视频没有缩略图。', en: 'A video has no thumbnail.' },
  'media.too_many_photos': {
    status: 409,
    'zh-CN': '每次活动最多上传 {limit} 张照片（请挑最好的）。要换一张，请先删掉一张。',
    en: 'An activity takes at most {limit} photos (choose the best). To change one, remove one first.',
  },
  'media.too_many_sheet_photos': {
    status: 409,
    'zh-CN': '每种签到表或记录表最多上传 {limit} 张照片。要换一张，请先删掉一张。',
    en: 'Each paper sheet takes at most {limit} photos. To change one, remove one first.',
  },
  'media.video_exists': {
    status: 409,
    'zh-CN': '这次活动已经有一段视频了。要换一段，请先删掉原来的。',
    en: 'This activity already has a video clip. To change it, remove the old one first.',
  },
  'media.already_attached': {
    status: 409,
    'zh-CN': '这张照片已经上传到这次活动的另一处（活动照片、签到表或追踪日志）了。',
    en: 'This photo is already attached elsewhere on this activity (activity photos, a sheet, or a tracking log).',
  },
  'media.tracking_log_mismatch': {
    status: 400,
    'zh-CN': '这篇追踪日志不属于这次活动。',
    en: 'This tracking log does not belong to this activity.',
  },
  'media.caption_invalid': {
    status: 400,
    'zh-CN': '照片说明无法读取或太长（最多 {max} 个字）。',
    en: 'The caption cannot be read or is too long (at most {max} characters).',
  },
  'media.range_not_satisfiable': {
    status: 416,
    'zh-CN': '请求的文件范围不存在。',
    en: 'The requested range of the file does not exist.',
  },
} as const satisfies ErrorMessages;
