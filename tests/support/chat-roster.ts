/**
 * WeCom member lists as the two API answers come back (issue 19, "the group's member list for join
 * times"): the customer group's details (externalcontact/groupchat/get, developer.work.weixin.qq.com
 * "获取客户群详情": errcode, errmsg, group_chat with chat_id, name, owner, create_time, notice and
 * member_list[] of userid, type 1 staff / 2 customer, join_time in epoch seconds, join_scene,
 * invitor, group_nickname, name, unionid) and the archive's internal group (msgaudit/groupchat/get
 * "获取会话内容存档内部群信息": roomname, creator, room_create_time, notice, members[] of memberid and
 * jointime). Join times are in 2026, before the tests' today (2026-06-30).
 */
export function customerGroupRoster(chatId = 'wrOgQhDgAAcwMTB7YmDkbeBsgT_AAAAA') {
  return {
    errcode: 0,
    errmsg: 'ok',
    group_chat: {
      chat_id: chatId,
      name: '幸福里夕阳红舞蹈队',
      owner: 'ZhangWei',
      create_time: 1767229200,
      notice: '每周二、四晚七点小广场',
      member_list: [
        { userid: 'ZhangWei', type: 1, join_time: 1767229200, join_scene: 1, group_nickname: '张社工', name: '张伟' },
        {
          userid: 'wmAbCdEf001',
          type: 2,
          join_time: 1767315600,
          join_scene: 3,
          invitor: { userid: 'ZhangWei' },
          group_nickname: '王阿姨（领舞）',
          name: '王秀英',
          unionid: 'oAAAAAA001',
        },
        {
          userid: 'wmAbCdEf002',
          type: 2,
          join_time: 1767402000,
          join_scene: 3,
          invitor: { userid: 'ZhangWei' },
          group_nickname: '',
          name: '老李',
          unionid: 'oAAAAAA002',
        },
        { userid: 'wmAbCdEf003', type: 2, join_time: 1772499600, join_scene: 4, name: '陈桂兰' },
      ],
      admin_list: [{ userid: 'ZhangWei' }],
    },
  };
}

export function internalGroupRoster() {
  return {
    errcode: 0,
    errmsg: 'ok',
    roomname: '夕阳红核心群',
    creator: 'ZhangWei',
    room_create_time: 1767229200,
    notice: '',
    members: [
      { memberid: 'ZhangWei', jointime: 1767229200 },
      { memberid: 'LiuFang', jointime: 1767488400 },
    ],
  };
}
