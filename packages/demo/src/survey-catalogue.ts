import type { NeedCategory, ResourceCategory } from '@seedbed/core';

/** Words the demo survey draws from: plausible records of a street's first years (seeds 002, 003). */

export const historyEvents: readonly { title: string; source: 'documents' | 'visit' | 'observation' }[] = [
  { title: '老厂宿舍移交社区管理', source: 'documents' },
  { title: '老旧小区综合整治，加装电梯试点', source: 'documents' },
  { title: '居委会换届，新主任上任', source: 'visit' },
  { title: '周边拆迁，部分居民回迁', source: 'documents' },
  { title: '疫情期间居民自发组建团购群', source: 'observation' },
  { title: '社区广场改造完成', source: 'observation' },
  { title: '物业公司撤场，小区一度无人管理', source: 'visit' },
];

export const schools = ['春和小学', '明湖第二中学', '阳光幼儿园', '社区老年大学'];
export const businesses = ['老王理发店', '便民超市', '惠民药房', '李记早点铺', '社区卫生服务站', '小区菜鸟驿站'];

export const engagementSummaries: Record<string, readonly string[]> = {
  formal_visit: ['正式拜访，介绍项目', '登门拜访负责人，了解顾虑', '再次拜访，商量合作方式'],
  shared_materials: ['送去项目简介和活动海报', '分享居民需求调查结果'],
  joint_activity: ['共同举办游园会', '一起组织邻里节', '合办暑期儿童活动'],
  other: ['在微信群里沟通活动安排'],
};

export const needDescriptions: readonly { category: NeedCategory; text: string }[] = [
  { category: 'elderly_care', text: '独居老人白天没人照看' },
  { category: 'elderly_care', text: '老人就餐不便，希望有社区食堂' },
  { category: 'childcare', text: '双职工家庭孩子放学后无人看管' },
  { category: 'culture_sports', text: '缺少室内活动场地，冬天没处去' },
  { category: 'environment', text: '楼道堆物多，垃圾分类不到位' },
  { category: 'safety', text: '电动车楼道充电，消防隐患' },
  { category: 'neighbour_help', text: '新搬来的租户和老住户互不认识' },
  { category: 'other', text: '停车位紧张，经常堵门' },
];

export const spacePlans: readonly {
  name: string;
  owner: 'all_owners' | 'property_company' | 'developer_promise' | 'residents_committee' | 'other';
  capacity: number;
  rules: string;
}[] = [
  { name: '居委会活动室', owner: 'residents_committee', capacity: 40, rules: '工作日 9–17 点，提前一天登记' },
  { name: '小区中心广场', owner: 'all_owners', capacity: 200, rules: '全天开放，晚上 9 点后请勿跳舞' },
  { name: '物业会议室', owner: 'property_company', capacity: 20, rules: '需物业同意，周末可借' },
  { name: '开发商承诺的会所（未交付）', owner: 'developer_promise', capacity: 60, rules: '尚未交付使用' },
  { name: '楼门口的凉亭', owner: 'all_owners', capacity: 15, rules: '随时可用' },
];

export const resourceNames: Record<ResourceCategory, readonly string[]> = {
  people: ['退休教师愿意辅导功课', '会修自行车的老师傅', '退休医生可做健康讲座'],
  culture: ['老厂的口述历史', '京剧票友', '剪纸手艺'],
  place: ['闲置的自行车棚', '楼顶平台', '社区图书角'],
  production: ['便民超市可捐赠临期食品', '小区菜园'],
  landscape: ['老槐树', '河边步道', '小花园'],
  money: ['居民捐款', '物业赞助活动经费', '街道微创投资金'],
  material: ['物业可借的桌椅', '音响设备', '投影仪'],
  skills: ['会拍视频剪辑', '会做账', '会写公众号文章'],
};

export const foundHows = ['走访居民', '活动中发现', '居委会介绍', '居民推荐', '微创投申请中发现'];
