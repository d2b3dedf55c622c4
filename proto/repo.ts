import './no_long.js';
export { marketchain } from './gen/repo.js';
