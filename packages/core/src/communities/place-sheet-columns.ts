import type { Locale } from '../shared/locale';
import { type EstateType, estateTypes } from './schemas';

/** The place sheet's columns and words, as the template shows them (rules: place-sheet.ts). */

export const placeSheetColumns = [
  { key: 'community', header: '社区', width: 16 },
  { key: 'residentPopulation', header: '常住人口', width: 10 },
  { key: 'households', header: '户数', width: 10 },
  { key: 'estate', header: '小区', width: 18 },
  { key: 'estateType', header: '小区类型', width: 12 },
  { key: 'buildYear', header: '建成年份', width: 10 },
  { key: 'courtyard', header: '院落', width: 14 },
] as const;
export type PlaceSheetColumn = (typeof placeSheetColumns)[number]['key'];

/** The sheet's words for the estate types; the type's code is accepted too. */
export const estateTypeSheetLabels: Record<EstateType, string> = {
  old_neighbourhood: '老旧小区',
  commodity_housing: '商品房',
  affordable_housing: '经济适用房',
  public_housing: '保障房',
  urban_village: '城中村',
  resettlement: '拆迁安置',
  high_end: '高档小区',
  other: '其他',
};

/** The template's second sheet, in the language of whoever downloads it; headers stay Chinese. */
export const placeSheetInstructions: Record<Locale, readonly string[]> = {
  'zh-CN': [
    '填写说明',
    '1. 在「地点」工作表里每行填一个院落；没有院落的小区、没有小区的社区各占一行。第 1 行是表头，请不要改动。',
    '2. 「社区」必填。同一个社区的多行，社区名称要一致；常住人口、户数可以只在第一行填写，重复填写时数字要相同。',
    '3. 常住人口、户数填不小于 0 的整数；建成年份填四位年份（老旧小区指 2000 年底以前建成）。',
    `4. 小区类型可填：${estateTypes.map((t) => estateTypeSheetLabels[t]).join('、')}；不填按「其他」。`,
    '5. 填写院落时必须填写所属小区。',
    '6. 导入只新建地点：街道里已有的社区会被指出，请在地点管理页修改已有社区。',
    '7. 任何一行有问题时整张表都不会导入，请按提示的行号和列名改正后重新上传。',
  ],
  en: [
    'How to fill in this sheet',
    '1. On the 地点 sheet, one row per courtyard 院落; an estate without courtyards, or a community without estates, takes one row. Row 1 holds the headers: do not change them.',
    '2. 社区 (community) is required. Rows of one community spell its name the same way; 常住人口 (resident population) and 户数 (households) may stand on its first row only, and must agree where repeated.',
    '3. 常住人口 and 户数 are whole numbers from 0; 建成年份 (build year) is a four-digit year (an old neighbourhood 老旧小区 was built by the end of 2000).',
    `4. 小区类型 (estate type) is one of: ${estateTypes.map((t) => estateTypeSheetLabels[t]).join(', ')}; empty means 其他 (other).`,
    '5. A courtyard (院落) needs its estate (小区).',
    '6. An import only creates: communities already in the street are pointed out; change those on the places page.',
    '7. If any row has a problem nothing is imported; fix the rows and columns named and upload again.',
  ],
};
