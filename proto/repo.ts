export { marketchain } from './gen/repo.js';
