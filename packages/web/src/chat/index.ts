/** Chat trail views: the organization page's 群聊 section, shown by the organizations capability; an activity's chat mark. */
export { ActivityChatMark } from './activity-chat-mark';
export { OrganizationChatSection } from './organization-chat-section';
