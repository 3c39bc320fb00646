import type { Locale } from '../shared/locale';
import type { CampaignStatus, EvaluationDimension, ExpertSpeciality } from './schemas';

/** Words for the evaluation's documents (the .xlsx and PDFs the server makes); the web app has its own catalogue. */
export const evaluationLabels: Record<
  Locale,
  {
    dimension: Record<EvaluationDimension, string>;
    speciality: Record<ExpertSpeciality, string>;
    status: Record<CampaignStatus, string>;
    total: string;
    rank: string;
    gap: string;
    advice: string;
    organization: string;
    weight: string;
    waiting: string;
    report: string;
    campaign: string;
  }
> = {
  'zh-CN': {
    dimension: { self: '自评', peer: '互评', expert: '专家评审', incubator: '培育方评估' },
    speciality: { management: '组织管理', project: '项目管理', finance: '财务管理' },
    status: { draft: '草稿', open: '进行中', closed: '已截止', released: '已公布' },
    total: '总分',
    rank: '排名',
    gap: '自评与他评',
    advice: '辅导建议',
    organization: '团队',
    weight: '比重',
    waiting: '待补齐',
    report: '评估报告',
    campaign: '四维评估',
  },
  en: {
    dimension: { self: 'Self', peer: 'Peer', expert: 'Expert', incubator: 'Incubator' },
    speciality: { management: 'Management', project: 'Project', finance: 'Finance' },
    status: { draft: 'Draft', open: 'Open', closed: 'Closed', released: 'Released' },
    total: 'Total',
    rank: 'Rank',
    gap: 'Self vs others',
    advice: 'Coaching advice',
    organization: 'Organization',
    weight: 'Weight',
    waiting: 'waiting',
    report: 'Evaluation report',
    campaign: 'Four-dimension evaluation',
  },
};
