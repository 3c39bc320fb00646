/** Allocation: the link to a community's spaces that other capabilities' pages show. */
export { SpacesLink } from './spaces-link';
