import type { ErrorMessages } from '../shared/error-messages';

/** Publicity drafts (活动信息稿), share pages, posters and the feed across organizations: errors a user can meet (merged into the catalogue in ../errors.ts). */
export const publicityErrorMessages = {
  'publicity.unknown': {
    status: 404,
    'zh-CN': '活动信息稿不存在或未发布。',
    en: 'No such publicity page, or it is not published.',
  },
  'publicity.photo_not_of_activity': {
    status: 400,
    'zh-CN': '所选照片 {mediaId} 不是这个活动的照片。',
    en: 'Photo {mediaId} is not a photo of this activity.',
  },
  'publicity.too_many_photos': {
    status: 400,
    'zh-CN': '最多选择 {max} 张照片。',
    en: 'Choose at most {max} photos.',
  },
  'publicity.cover_not_chosen': {
    status: 400,
    'zh-CN': '封面必须是选中的照片之一。',
    en: 'The cover must be one of the chosen photos.',
  },
  'publicity.name_not_allowed': {
    status: 400,
    'zh-CN': '只能公开本次活动中成年参加者的姓名（儿童的姓名不会公开）。',
    en: "Only adult participants of this activity can be named (children's names are never shown).",
  },
  'publicity.activity_merged': {
    status: 409,
    'zh-CN': '这个活动记录已合并到另一条记录，请在那条记录上生成信息稿。',
    en: 'This record was merged into another; make the publicity draft from that one.',
  },
  'publicity.contact_details': {
    status: 409,
    'zh-CN':
      '信息稿里有电话号码或证件号（{found}）。公开页面谁都能看到，请删去；如果是队伍对外的联系电话，可以选择“仍然发布”。',
    en: 'The draft contains a phone or ID number ({found}). Anyone can see the public page: remove it, or, if it is the team’s public contact number, choose “Publish anyway”.',
  },
  'publicity.invalid_cursor': {
    status: 400,
    'zh-CN': '翻页位置无效，请从第一页重新开始。',
    en: 'Invalid page position; start again from the first page.',
  },
} as const satisfies ErrorMessages;
