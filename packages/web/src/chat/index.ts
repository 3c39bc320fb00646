/** Chat trail views: the organization page's 群聊 section, shown by the organizations capability. */
export { OrganizationChatSection } from './organization-chat-section';
