/** Training programmes: other capabilities reach its pages through here only. */
export { trainingRoutes } from './routes';
