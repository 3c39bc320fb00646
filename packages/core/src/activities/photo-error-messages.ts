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
} as const satisfies ErrorMessages;
