/**
 * This capability's strings (volunteer service hours and certificates), merged into the catalogues by i18n/zh-CN.ts and
 * i18n/en.ts. zh-CN gives the shape; en is typed against it, so a missing key fails to compile.
 * Keep every key under the top-level `volunteering` section so capabilities never collide.
 */
const zhCN = {
  volunteering: {
    title: '志愿服务',
  },
};

const en: typeof zhCN = {
  volunteering: {
    title: 'Volunteering',
  },
};

export const volunteeringMessages: { 'zh-CN': typeof zhCN; en: typeof zhCN } = { 'zh-CN': zhCN, en };
