import type { ErrorMessages } from '../shared/error-messages';

/** Four-dimension evaluation 四维评估: errors a user can meet (merged into the catalogue in ../errors.ts). */
export const evaluationErrorMessages = {
  'evaluation.unknown_campaign': { status: 404, 'zh-CN': '没有这次评估。', en: 'No such evaluation campaign.' },
  'evaluation.weights_not_100': {
    status: 400,
    'zh-CN': '自评、互评、专家评审和培育方评估的比重加起来必须正好是 100%，现在是 {sum}%。',
    en: 'The self, peer, expert and incubator weights must add up to exactly 100%; they add up to {sum}%.',
  },
  'evaluation.criterion_duplicate': {
    status: 400,
    'zh-CN': '评估表里有两条标准用了同一个编号“{criterion}”。',
    en: 'Two criteria of the form share the key “{criterion}”.',
  },
  'evaluation.criterion_unknown': {
    status: 400,
    'zh-CN': '评估表里没有“{criterion}”，或者打了两次分。',
    en: 'The form has no “{criterion}”, or it was scored twice.',
  },
  'evaluation.score_over_max': {
    status: 400,
    'zh-CN': '“{criterion}”最多 {max} 分。',
    en: '“{criterion}” is scored out of {max} at most.',
  },
  'evaluation.score_missing': {
    status: 400,
    'zh-CN': '还没有给“{criterion}”打分。',
    en: '“{criterion}” has no score yet.',
  },
  'evaluation.organization_duplicate': {
    status: 400,
    'zh-CN': '同一个团队在名单里出现了两次。',
    en: 'The same organization is listed twice.',
  },
  'evaluation.organization_other_street': {
    status: 400,
    'zh-CN': '参加评估的团队要在同一个街道。',
    en: 'The organizations evaluated together must be in one street.',
  },
  'evaluation.organization_not_in_campaign': {
    status: 400,
    'zh-CN': '这个团队不在这次评估的名单里。',
    en: 'This organization is not part of the campaign.',
  },
  'evaluation.round_other_street': {
    status: 400,
    'zh-CN': '所选的创投轮次不在这些团队所在的街道。',
    en: 'The chosen grant round is not in the organizations’ street.',
  },
  'evaluation.not_draft': {
    status: 409,
    'zh-CN': '评估已经开始，名单、评估表和比重不能再改。',
    en: 'The campaign has started; its organizations, forms and weights can no longer change.',
  },
  'evaluation.status_order': {
    status: 409,
    'zh-CN': '评估现在是“{status}”，不能直接改成“{to}”。顺序是：草稿 → 进行中 → 已截止 → 已公布。',
    en: 'The campaign is “{status}” and cannot go to “{to}” from there. The order is draft → open → closed → released.',
  },
  'evaluation.not_open': {
    status: 409,
    'zh-CN': '评估现在不在进行中（还没开始或已经截止），不能填写或修改评分。',
    en: 'The campaign is not open (not started yet, or closed), so sheets cannot be filled or changed.',
  },
  'evaluation.rate_own_organization': {
    status: 400,
    'zh-CN': '互评不能给自己的团队打分；给自己打分请用自评。',
    en: 'A peer sheet cannot rate one’s own organization; use the self-evaluation for that.',
  },
  'evaluation.peer_self': {
    status: 400,
    'zh-CN': '互评安排里有团队给自己打分。',
    en: 'A peer assignment has an organization rating itself.',
  },
  'evaluation.peer_duplicate': {
    status: 400,
    'zh-CN': '互评安排里有同一对团队出现了两次。',
    en: 'A peer assignment lists the same pair twice.',
  },
  'evaluation.peer_count': {
    status: 400,
    'zh-CN': '互评安排里每个团队都要给 {count} 个其他团队打分，不能多也不能少。',
    en: 'In the peer assignment every organization rates exactly {count} others.',
  },
  'evaluation.peer_pair_has_sheet': {
    status: 409,
    'zh-CN': '这一对互评已经打过分，不能换掉或重新安排。',
    en: 'This peer pair has a sheet already, so it cannot be swapped or regenerated.',
  },
  'evaluation.peers_fixed': {
    status: 409,
    'zh-CN': '评估已经截止，互评安排不能再改。',
    en: 'The campaign is closed; its peer pairs can no longer change.',
  },
  // Peer anonymity (peer-anonymity.ts): a mean of one sheet names its giver.
  'evaluation.peer_too_few': {
    status: 409,
    'zh-CN':
      '互评要至少 3 个团队、每个团队至少给 2 个其他团队打分，不然能猜出是谁打的分。现在是 {teams} 个团队、每队评 {perTeam} 个。请加团队、增加互评个数，或者把互评比重改成 0。',
    en: 'Peer rating needs at least 3 organizations each rating at least 2 others, or a score’s giver can be guessed. Now it is {teams} organizations rating {perTeam} each. Add organizations, raise the number rated, or set the peer weight to 0.',
  },
  'evaluation.peer_rated_too_few': {
    status: 409,
    'zh-CN': '互评安排里有团队只被 1 个团队评分，能猜出是谁打的。请调整安排，让每个团队至少被 2 个团队评分。',
    en: 'In the peer pairs an organization is rated by only one other, whose score would be guessable. Adjust the pairs so each is rated by at least two.',
  },
  'evaluation.not_assigned': {
    status: 403,
    'zh-CN': '这份评分没有安排给你。',
    en: 'This sheet is not assigned to you.',
  },
  'evaluation.expert_not_eligible': {
    status: 400,
    'zh-CN': '评审专家要用评审专家的账号，而且账号的范围要包括这次评估所在的街道。',
    en: 'An expert needs an expert-reviewer account whose scope reaches the campaign’s street.',
  },
  'evaluation.expert_duplicate': {
    status: 409,
    'zh-CN': '这位专家已经在这次评估里了。',
    en: 'This expert is in the campaign already.',
  },
  'evaluation.expert_has_sheets': {
    status: 409,
    'zh-CN': '这位专家已经打过分，不能移出。',
    en: 'This expert has already scored, so they cannot be removed.',
  },
  'evaluation.unknown_expert': {
    status: 404,
    'zh-CN': '这次评估没有这位专家。',
    en: 'No such expert in this campaign.',
  },
  // 409, not 403: the reader may read the campaign, only not in this state (a release makes it readable).
  'evaluation.not_released': {
    status: 409,
    'zh-CN': '评估结果还没有公布，公布后就能看到。',
    en: 'The results are not released yet; they can be seen once they are.',
  },
  'evaluation.released': {
    status: 409,
    'zh-CN': '评估结果已经公布，不能再修改。',
    en: 'The results have been released and can no longer change.',
  },
  'evaluation.no_result': {
    status: 409,
    'zh-CN': '这个团队的各维度评分还没有齐，没有总分，不能据此发起阶段评估。',
    en: 'This organization’s dimensions are not all scored, so there is no total to open a stage assessment with.',
  },
} as const satisfies ErrorMessages;
