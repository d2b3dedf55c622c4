export { marketchain } from './gen/moneymarket.js';
