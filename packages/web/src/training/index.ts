/** Training programmes: other capabilities reach its pages through here only. */
export { PersonTrainingHistory } from './person-training';
export { trainingRoutes } from './routes';
