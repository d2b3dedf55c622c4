export { marketchain } from './gen/amm.js';
