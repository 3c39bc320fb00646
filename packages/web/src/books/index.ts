/** Books: the team's cash book section other capabilities' pages show (the team page). */
export { TeamBooksSection } from './team-books-section';
