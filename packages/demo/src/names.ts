import type { Random } from './random';

/**
 * Chinese personal names and mobile numbers for the demo residents. Given names follow the fashion
 * of the birth decade (a 1950s 淑芬 or 建国 is a 2010s 梓涵 or 浩宇), so a 68-year-old dance-team
 * leader reads like one. All names are invented combinations; none belongs to a person in the seeds.
 */
export type Sex = 'female' | 'male';

/**
 * Common surnames, most frequent first (the head of the national frequency list). A surname's weight
 * falls with its rank, Zipf-like, so 王李张刘陈 fill a register the way they do in life.
 */
const surnames: readonly (readonly [string, number])[] = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦邱江尹薛阎段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞',
].map((surname, rank) => [surname, 1 / (rank + 4)] as const);

const givenNames: Record<Generation, Record<Sex, readonly string[]>> = {
  before1965: {
    female: splitNames(
      '淑芬 桂兰 秀英 玉珍 凤英 秀兰 桂芳 淑珍 素梅 慧敏 金凤 玉兰 秀云 桂英 淑华 凤琴 秀珍 丽华 素芳 玉梅 桂琴 淑英 月娥 翠英',
    ),
    male: splitNames(
      '建国 国庆 德明 志刚 建华 永福 玉林 宝山 文忠 振华 福来 长顺 树林 国强 建民 德胜 志明 庆山 宝林 跃进 和平 卫国 俊山 胜利',
    ),
  },
  from1965: {
    female: splitNames(
      '丽 红 静 敏 燕 丽娟 海燕 红梅 晓红 丽萍 雪梅 春燕 艳 玲 秀梅 晓燕 丽君 慧 萍 小红 冬梅 建红 亚琴 文静',
    ),
    male: splitNames(
      '伟 军 勇 强 磊 涛 斌 海波 志勇 建军 立新 晓东 卫东 刚 鹏飞 海涛 志强 小军 永刚 建平 东 宏伟 立军 振宇',
    ),
  },
  from1985: {
    female: splitNames('婷 雪 欣怡 佳琪 雨欣 思雨 梦瑶 婧 晓雯 倩 璐 佳慧 雅婷 丹 蕾 晨曦 梦婷 雨晴 悦 紫薇'),
    male: splitNames('浩 鹏 宇 杰 子豪 俊杰 浩然 明轩 天宇 博文 晨 昊 鑫 晓宇 振 一帆 文博 家豪 志远 凯'),
  },
  from2005: {
    female: splitNames('梓涵 欣妍 一诺 诗涵 若汐 语桐 可馨 雨桐 梓萱 芷若 思彤 子琪 沐晴 安琪 依诺 佳怡 语嫣 昕玥'),
    male: splitNames('子轩 浩宇 宇航 梓睿 一鸣 俊熙 沐阳 皓轩 子墨 奕辰 宇轩 博宇 锦程 嘉懿 子睿 铭泽 承泽 俊宇'),
  },
};

type Generation = 'before1965' | 'from1965' | 'from1985' | 'from2005';

function splitNames(list: string): readonly string[] {
  return list.split(' ');
}

function generationOf(birthYear: number): Generation {
  if (birthYear < 1965) return 'before1965';
  if (birthYear < 1985) return 'from1965';
  if (birthYear < 2005) return 'from1985';
  return 'from2005';
}

export function personName(random: Random, birthYear: number, sex: Sex): string {
  return random.weighted(surnames) + random.pick(givenNames[generationOf(birthYear)][sex]);
}

/** Mobile prefixes of the three carriers; every number matches /^1[3-9]\d{9}$/. */
const mobilePrefixes = splitNames(
  '130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 176 177 180 181 182 183 185 186 187 188 189 198 199',
);

/** Hands out mobile numbers that are unique across the whole demo (users log in by phone). */
export function createPhoneBook(random: Random): () => string {
  const issued = new Set<string>();
  return () => {
    for (;;) {
      const phone = random.pick(mobilePrefixes) + String(random.int(0, 99_999_999)).padStart(8, '0');
      if (!issued.has(phone)) {
        issued.add(phone);
        return phone;
      }
    }
  };
}
