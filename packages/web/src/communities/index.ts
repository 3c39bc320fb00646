/** Communities and the places above and below them: streets, communities, estates. */
export { CommunityPage } from './community-page';
export { HomePage } from './street-list-page';
