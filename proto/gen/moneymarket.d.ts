import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace marketchain {

    namespace moneymarket {

        namespace v1 {

            interface IPageRequest extends marketchain.moneymarket.v1.PageRequest.$Properties {
            }

            class PageRequest {
                constructor(properties?: marketchain.moneymarket.v1.PageRequest.$Properties);
                $unknowns?: Uint8Array[];
                offset: number;
                limit: number;
                reverse: boolean;
                static create(properties: marketchain.moneymarket.v1.PageRequest.$Shape): marketchain.moneymarket.v1.PageRequest & marketchain.moneymarket.v1.PageRequest.$Shape;
                static create(properties?: marketchain.moneymarket.v1.PageRequest.$Properties): marketchain.moneymarket.v1.PageRequest;
                static encode(message: marketchain.moneymarket.v1.PageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.PageRequest & marketchain.moneymarket.v1.PageRequest.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.PageRequest;
                static toObject(message: marketchain.moneymarket.v1.PageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PageRequest {
                interface $Properties {
                    offset?: (number|null);
                    limit?: (number|null);
                    reverse?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.PageRequest.$Properties;
            }

            interface IPageResponse extends marketchain.moneymarket.v1.PageResponse.$Properties {
            }

            class PageResponse {
                constructor(properties?: marketchain.moneymarket.v1.PageResponse.$Properties);
                $unknowns?: Uint8Array[];
                total: number;
                nextOffset: number;
                static create(properties: marketchain.moneymarket.v1.PageResponse.$Shape): marketchain.moneymarket.v1.PageResponse & marketchain.moneymarket.v1.PageResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.PageResponse.$Properties): marketchain.moneymarket.v1.PageResponse;
                static encode(message: marketchain.moneymarket.v1.PageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.PageResponse & marketchain.moneymarket.v1.PageResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.PageResponse;
                static toObject(message: marketchain.moneymarket.v1.PageResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PageResponse {
                interface $Properties {
                    total?: (number|null);
                    nextOffset?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.PageResponse.$Properties;
            }

            interface IQueryParamsRequest extends marketchain.moneymarket.v1.QueryParamsRequest.$Properties {
            }

            class QueryParamsRequest {
                constructor(properties?: marketchain.moneymarket.v1.QueryParamsRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.moneymarket.v1.QueryParamsRequest.$Shape): marketchain.moneymarket.v1.QueryParamsRequest & marketchain.moneymarket.v1.QueryParamsRequest.$Shape;
                static create(properties?: marketchain.moneymarket.v1.QueryParamsRequest.$Properties): marketchain.moneymarket.v1.QueryParamsRequest;
                static encode(message: marketchain.moneymarket.v1.QueryParamsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.QueryParamsRequest & marketchain.moneymarket.v1.QueryParamsRequest.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.QueryParamsRequest;
                static toObject(message: marketchain.moneymarket.v1.QueryParamsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.QueryParamsRequest.$Properties;
            }

            interface IQueryParamsResponse extends marketchain.moneymarket.v1.QueryParamsResponse.$Properties {
            }

            class QueryParamsResponse {
                constructor(properties?: marketchain.moneymarket.v1.QueryParamsResponse.$Properties);
                $unknowns?: Uint8Array[];
                params?: (marketchain.moneymarket.v1.Params.$Properties|null);
                static create(properties: marketchain.moneymarket.v1.QueryParamsResponse.$Shape): marketchain.moneymarket.v1.QueryParamsResponse & marketchain.moneymarket.v1.QueryParamsResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.QueryParamsResponse.$Properties): marketchain.moneymarket.v1.QueryParamsResponse;
                static encode(message: marketchain.moneymarket.v1.QueryParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.QueryParamsResponse & marketchain.moneymarket.v1.QueryParamsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.QueryParamsResponse;
                static toObject(message: marketchain.moneymarket.v1.QueryParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsResponse {
                interface $Properties {
                    params?: (marketchain.moneymarket.v1.Params.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.QueryParamsResponse.$Properties;
            }

            interface IMarketView extends marketchain.moneymarket.v1.MarketView.$Properties {
            }

            class MarketView {
                constructor(properties?: marketchain.moneymarket.v1.MarketView.$Properties);
                $unknowns?: Uint8Array[];
                denom: string;
                status: string;
                cash: string;
                totalSupply: string;
                totalBorrows: string;
                equity: string;
                supplyIndex: string;
                borrowIndex: string;
                supplyRatePerBlock: string;
                borrowRatePerBlock: string;
                supplyRateAnnual: string;
                borrowRateAnnual: string;
                utilization: string;
                price: string;
                blockNumber: number;
                interestRateModel?: (marketchain.moneymarket.v1.InterestRateModel.$Properties|null);
                static create(properties: marketchain.moneymarket.v1.MarketView.$Shape): marketchain.moneymarket.v1.MarketView & marketchain.moneymarket.v1.MarketView.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MarketView.$Properties): marketchain.moneymarket.v1.MarketView;
                static encode(message: marketchain.moneymarket.v1.MarketView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MarketView & marketchain.moneymarket.v1.MarketView.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MarketView;
                static toObject(message: marketchain.moneymarket.v1.MarketView, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MarketView {
                interface $Properties {
                    denom?: (string|null);
                    status?: (string|null);
                    cash?: (string|null);
                    totalSupply?: (string|null);
                    totalBorrows?: (string|null);
                    equity?: (string|null);
                    supplyIndex?: (string|null);
                    borrowIndex?: (string|null);
                    supplyRatePerBlock?: (string|null);
                    borrowRatePerBlock?: (string|null);
                    supplyRateAnnual?: (string|null);
                    borrowRateAnnual?: (string|null);
                    utilization?: (string|null);
                    price?: (string|null);
                    blockNumber?: (number|null);
                    interestRateModel?: (marketchain.moneymarket.v1.InterestRateModel.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MarketView.$Properties;
            }

            interface IQueryMarketRequest extends marketchain.moneymarket.v1.QueryMarketRequest.$Properties {
            }

            class QueryMarketRequest {
                constructor(properties?: marketchain.moneymarket.v1.QueryMarketRequest.$Properties);
                $unknowns?: Uint8Array[];
                denom: string;
                static create(properties: marketchain.moneymarket.v1.QueryMarketRequest.$Shape): marketchain.moneymarket.v1.QueryMarketRequest & marketchain.moneymarket.v1.QueryMarketRequest.$Shape;
                static create(properties?: marketchain.moneymarket.v1.QueryMarketRequest.$Properties): marketchain.moneymarket.v1.QueryMarketRequest;
                static encode(message: marketchain.moneymarket.v1.QueryMarketRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.QueryMarketRequest & marketchain.moneymarket.v1.QueryMarketRequest.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.QueryMarketRequest;
                static toObject(message: marketchain.moneymarket.v1.QueryMarketRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryMarketRequest {
                interface $Properties {
                    denom?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.QueryMarketRequest.$Properties;
            }

            interface IQueryMarketResponse extends marketchain.moneymarket.v1.QueryMarketResponse.$Properties {
            }

            class QueryMarketResponse {
                constructor(properties?: marketchain.moneymarket.v1.QueryMarketResponse.$Properties);
                $unknowns?: Uint8Array[];
                market?: (marketchain.moneymarket.v1.MarketView.$Properties|null);
                static create(properties: marketchain.moneymarket.v1.QueryMarketResponse.$Shape): marketchain.moneymarket.v1.QueryMarketResponse & marketchain.moneymarket.v1.QueryMarketResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.QueryMarketResponse.$Properties): marketchain.moneymarket.v1.QueryMarketResponse;
                static encode(message: marketchain.moneymarket.v1.QueryMarketResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.QueryMarketResponse & marketchain.moneymarket.v1.QueryMarketResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.QueryMarketResponse;
                static toObject(message: marketchain.moneymarket.v1.QueryMarketResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryMarketResponse {
                interface $Properties {
                    market?: (marketchain.moneymarket.v1.MarketView.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.QueryMarketResponse.$Properties;
            }

            interface IQueryMarketsRequest extends marketchain.moneymarket.v1.QueryMarketsRequest.$Properties {
            }

            class QueryMarketsRequest {
                constructor(properties?: marketchain.moneymarket.v1.QueryMarketsRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.moneymarket.v1.QueryMarketsRequest.$Shape): marketchain.moneymarket.v1.QueryMarketsRequest & marketchain.moneymarket.v1.QueryMarketsRequest.$Shape;
                static create(properties?: marketchain.moneymarket.v1.QueryMarketsRequest.$Properties): marketchain.moneymarket.v1.QueryMarketsRequest;
                static encode(message: marketchain.moneymarket.v1.QueryMarketsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.QueryMarketsRequest & marketchain.moneymarket.v1.QueryMarketsRequest.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.QueryMarketsRequest;
                static toObject(message: marketchain.moneymarket.v1.QueryMarketsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryMarketsRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.QueryMarketsRequest.$Properties;
            }

            interface IQueryMarketsResponse extends marketchain.moneymarket.v1.QueryMarketsResponse.$Properties {
            }

            class QueryMarketsResponse {
                constructor(properties?: marketchain.moneymarket.v1.QueryMarketsResponse.$Properties);
                $unknowns?: Uint8Array[];
                markets: marketchain.moneymarket.v1.MarketView.$Properties[];
                static create(properties: marketchain.moneymarket.v1.QueryMarketsResponse.$Shape): marketchain.moneymarket.v1.QueryMarketsResponse & marketchain.moneymarket.v1.QueryMarketsResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.QueryMarketsResponse.$Properties): marketchain.moneymarket.v1.QueryMarketsResponse;
                static encode(message: marketchain.moneymarket.v1.QueryMarketsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.QueryMarketsResponse & marketchain.moneymarket.v1.QueryMarketsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.QueryMarketsResponse;
                static toObject(message: marketchain.moneymarket.v1.QueryMarketsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryMarketsResponse {
                interface $Properties {
                    markets?: (marketchain.moneymarket.v1.MarketView.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.QueryMarketsResponse.$Properties;
            }

            interface IAccountPosition extends marketchain.moneymarket.v1.AccountPosition.$Properties {
            }

            class AccountPosition {
                constructor(properties?: marketchain.moneymarket.v1.AccountPosition.$Properties);
                $unknowns?: Uint8Array[];
                denom: string;
                supplyBalance: string;
                borrowBalance: string;
                price: string;
                static create(properties: marketchain.moneymarket.v1.AccountPosition.$Shape): marketchain.moneymarket.v1.AccountPosition & marketchain.moneymarket.v1.AccountPosition.$Shape;
                static create(properties?: marketchain.moneymarket.v1.AccountPosition.$Properties): marketchain.moneymarket.v1.AccountPosition;
                static encode(message: marketchain.moneymarket.v1.AccountPosition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.AccountPosition & marketchain.moneymarket.v1.AccountPosition.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.AccountPosition;
                static toObject(message: marketchain.moneymarket.v1.AccountPosition, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AccountPosition {
                interface $Properties {
                    denom?: (string|null);
                    supplyBalance?: (string|null);
                    borrowBalance?: (string|null);
                    price?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.AccountPosition.$Properties;
            }

            interface IQueryAccountSnapshotRequest extends marketchain.moneymarket.v1.QueryAccountSnapshotRequest.$Properties {
            }

            class QueryAccountSnapshotRequest {
                constructor(properties?: marketchain.moneymarket.v1.QueryAccountSnapshotRequest.$Properties);
                $unknowns?: Uint8Array[];
                address: string;
                static create(properties: marketchain.moneymarket.v1.QueryAccountSnapshotRequest.$Shape): marketchain.moneymarket.v1.QueryAccountSnapshotRequest & marketchain.moneymarket.v1.QueryAccountSnapshotRequest.$Shape;
                static create(properties?: marketchain.moneymarket.v1.QueryAccountSnapshotRequest.$Properties): marketchain.moneymarket.v1.QueryAccountSnapshotRequest;
                static encode(message: marketchain.moneymarket.v1.QueryAccountSnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.QueryAccountSnapshotRequest & marketchain.moneymarket.v1.QueryAccountSnapshotRequest.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.QueryAccountSnapshotRequest;
                static toObject(message: marketchain.moneymarket.v1.QueryAccountSnapshotRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAccountSnapshotRequest {
                interface $Properties {
                    address?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.QueryAccountSnapshotRequest.$Properties;
            }

            interface IQueryAccountSnapshotResponse extends marketchain.moneymarket.v1.QueryAccountSnapshotResponse.$Properties {
            }

            class QueryAccountSnapshotResponse {
                constructor(properties?: marketchain.moneymarket.v1.QueryAccountSnapshotResponse.$Properties);
                $unknowns?: Uint8Array[];
                address: string;
                positions: marketchain.moneymarket.v1.AccountPosition.$Properties[];
                supplyValue: string;
                borrowValue: string;
                requiredAtCollateralRatio: string;
                requiredAtLiquidationRatio: string;
                liquidity: string;
                shortfall: string;
                liquidationShortfall: string;
                liquidatable: boolean;
                missingPrice: string;
                height: number;
                static create(properties: marketchain.moneymarket.v1.QueryAccountSnapshotResponse.$Shape): marketchain.moneymarket.v1.QueryAccountSnapshotResponse & marketchain.moneymarket.v1.QueryAccountSnapshotResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.QueryAccountSnapshotResponse.$Properties): marketchain.moneymarket.v1.QueryAccountSnapshotResponse;
                static encode(message: marketchain.moneymarket.v1.QueryAccountSnapshotResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.QueryAccountSnapshotResponse & marketchain.moneymarket.v1.QueryAccountSnapshotResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.QueryAccountSnapshotResponse;
                static toObject(message: marketchain.moneymarket.v1.QueryAccountSnapshotResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAccountSnapshotResponse {
                interface $Properties {
                    address?: (string|null);
                    positions?: (marketchain.moneymarket.v1.AccountPosition.$Properties[]|null);
                    supplyValue?: (string|null);
                    borrowValue?: (string|null);
                    requiredAtCollateralRatio?: (string|null);
                    requiredAtLiquidationRatio?: (string|null);
                    liquidity?: (string|null);
                    shortfall?: (string|null);
                    liquidationShortfall?: (string|null);
                    liquidatable?: (boolean|null);
                    missingPrice?: (string|null);
                    height?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.QueryAccountSnapshotResponse.$Properties;
            }

            interface IQueryLedgerRequest extends marketchain.moneymarket.v1.QueryLedgerRequest.$Properties {
            }

            class QueryLedgerRequest {
                constructor(properties?: marketchain.moneymarket.v1.QueryLedgerRequest.$Properties);
                $unknowns?: Uint8Array[];
                denom: string;
                pagination?: (marketchain.moneymarket.v1.PageRequest.$Properties|null);
                static create(properties: marketchain.moneymarket.v1.QueryLedgerRequest.$Shape): marketchain.moneymarket.v1.QueryLedgerRequest & marketchain.moneymarket.v1.QueryLedgerRequest.$Shape;
                static create(properties?: marketchain.moneymarket.v1.QueryLedgerRequest.$Properties): marketchain.moneymarket.v1.QueryLedgerRequest;
                static encode(message: marketchain.moneymarket.v1.QueryLedgerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.QueryLedgerRequest & marketchain.moneymarket.v1.QueryLedgerRequest.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.QueryLedgerRequest;
                static toObject(message: marketchain.moneymarket.v1.QueryLedgerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryLedgerRequest {
                interface $Properties {
                    denom?: (string|null);
                    pagination?: (marketchain.moneymarket.v1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.QueryLedgerRequest.$Properties;
            }

            interface IQueryLedgerResponse extends marketchain.moneymarket.v1.QueryLedgerResponse.$Properties {
            }

            class QueryLedgerResponse {
                constructor(properties?: marketchain.moneymarket.v1.QueryLedgerResponse.$Properties);
                $unknowns?: Uint8Array[];
                entries: marketchain.moneymarket.v1.LedgerEntry.$Properties[];
                pagination?: (marketchain.moneymarket.v1.PageResponse.$Properties|null);
                static create(properties: marketchain.moneymarket.v1.QueryLedgerResponse.$Shape): marketchain.moneymarket.v1.QueryLedgerResponse & marketchain.moneymarket.v1.QueryLedgerResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.QueryLedgerResponse.$Properties): marketchain.moneymarket.v1.QueryLedgerResponse;
                static encode(message: marketchain.moneymarket.v1.QueryLedgerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.QueryLedgerResponse & marketchain.moneymarket.v1.QueryLedgerResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.QueryLedgerResponse;
                static toObject(message: marketchain.moneymarket.v1.QueryLedgerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryLedgerResponse {
                interface $Properties {
                    entries?: (marketchain.moneymarket.v1.LedgerEntry.$Properties[]|null);
                    pagination?: (marketchain.moneymarket.v1.PageResponse.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.QueryLedgerResponse.$Properties;
            }

            interface IQueryRateHistoryRequest extends marketchain.moneymarket.v1.QueryRateHistoryRequest.$Properties {
            }

            class QueryRateHistoryRequest {
                constructor(properties?: marketchain.moneymarket.v1.QueryRateHistoryRequest.$Properties);
                $unknowns?: Uint8Array[];
                denom: string;
                pagination?: (marketchain.moneymarket.v1.PageRequest.$Properties|null);
                static create(properties: marketchain.moneymarket.v1.QueryRateHistoryRequest.$Shape): marketchain.moneymarket.v1.QueryRateHistoryRequest & marketchain.moneymarket.v1.QueryRateHistoryRequest.$Shape;
                static create(properties?: marketchain.moneymarket.v1.QueryRateHistoryRequest.$Properties): marketchain.moneymarket.v1.QueryRateHistoryRequest;
                static encode(message: marketchain.moneymarket.v1.QueryRateHistoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.QueryRateHistoryRequest & marketchain.moneymarket.v1.QueryRateHistoryRequest.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.QueryRateHistoryRequest;
                static toObject(message: marketchain.moneymarket.v1.QueryRateHistoryRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRateHistoryRequest {
                interface $Properties {
                    denom?: (string|null);
                    pagination?: (marketchain.moneymarket.v1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.QueryRateHistoryRequest.$Properties;
            }

            interface IQueryRateHistoryResponse extends marketchain.moneymarket.v1.QueryRateHistoryResponse.$Properties {
            }

            class QueryRateHistoryResponse {
                constructor(properties?: marketchain.moneymarket.v1.QueryRateHistoryResponse.$Properties);
                $unknowns?: Uint8Array[];
                records: marketchain.moneymarket.v1.RateRecord.$Properties[];
                pagination?: (marketchain.moneymarket.v1.PageResponse.$Properties|null);
                static create(properties: marketchain.moneymarket.v1.QueryRateHistoryResponse.$Shape): marketchain.moneymarket.v1.QueryRateHistoryResponse & marketchain.moneymarket.v1.QueryRateHistoryResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.QueryRateHistoryResponse.$Properties): marketchain.moneymarket.v1.QueryRateHistoryResponse;
                static encode(message: marketchain.moneymarket.v1.QueryRateHistoryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.QueryRateHistoryResponse & marketchain.moneymarket.v1.QueryRateHistoryResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.QueryRateHistoryResponse;
                static toObject(message: marketchain.moneymarket.v1.QueryRateHistoryResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRateHistoryResponse {
                interface $Properties {
                    records?: (marketchain.moneymarket.v1.RateRecord.$Properties[]|null);
                    pagination?: (marketchain.moneymarket.v1.PageResponse.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.QueryRateHistoryResponse.$Properties;
            }

            interface IQueryBalanceSheetRequest extends marketchain.moneymarket.v1.QueryBalanceSheetRequest.$Properties {
            }

            class QueryBalanceSheetRequest {
                constructor(properties?: marketchain.moneymarket.v1.QueryBalanceSheetRequest.$Properties);
                $unknowns?: Uint8Array[];
                denom: string;
                static create(properties: marketchain.moneymarket.v1.QueryBalanceSheetRequest.$Shape): marketchain.moneymarket.v1.QueryBalanceSheetRequest & marketchain.moneymarket.v1.QueryBalanceSheetRequest.$Shape;
                static create(properties?: marketchain.moneymarket.v1.QueryBalanceSheetRequest.$Properties): marketchain.moneymarket.v1.QueryBalanceSheetRequest;
                static encode(message: marketchain.moneymarket.v1.QueryBalanceSheetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.QueryBalanceSheetRequest & marketchain.moneymarket.v1.QueryBalanceSheetRequest.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.QueryBalanceSheetRequest;
                static toObject(message: marketchain.moneymarket.v1.QueryBalanceSheetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryBalanceSheetRequest {
                interface $Properties {
                    denom?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.QueryBalanceSheetRequest.$Properties;
            }

            interface IQueryBalanceSheetResponse extends marketchain.moneymarket.v1.QueryBalanceSheetResponse.$Properties {
            }

            class QueryBalanceSheetResponse {
                constructor(properties?: marketchain.moneymarket.v1.QueryBalanceSheetResponse.$Properties);
                $unknowns?: Uint8Array[];
                denom: string;
                cash: string;
                borrows: string;
                supply: string;
                equity: string;
                balanced: boolean;
                blockNumber: number;
                static create(properties: marketchain.moneymarket.v1.QueryBalanceSheetResponse.$Shape): marketchain.moneymarket.v1.QueryBalanceSheetResponse & marketchain.moneymarket.v1.QueryBalanceSheetResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.QueryBalanceSheetResponse.$Properties): marketchain.moneymarket.v1.QueryBalanceSheetResponse;
                static encode(message: marketchain.moneymarket.v1.QueryBalanceSheetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.QueryBalanceSheetResponse & marketchain.moneymarket.v1.QueryBalanceSheetResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.QueryBalanceSheetResponse;
                static toObject(message: marketchain.moneymarket.v1.QueryBalanceSheetResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryBalanceSheetResponse {
                interface $Properties {
                    denom?: (string|null);
                    cash?: (string|null);
                    borrows?: (string|null);
                    supply?: (string|null);
                    equity?: (string|null);
                    balanced?: (boolean|null);
                    blockNumber?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.QueryBalanceSheetResponse.$Properties;
            }

            interface IInterestRateModel extends marketchain.moneymarket.v1.InterestRateModel.$Properties {
            }

            class InterestRateModel {
                constructor(properties?: marketchain.moneymarket.v1.InterestRateModel.$Properties);
                $unknowns?: Uint8Array[];
                kind: string;
                baseRate: string;
                slope: string;
                spreadBps: number;
                fixedSupplyRate: string;
                fixedBorrowRate: string;
                static create(properties: marketchain.moneymarket.v1.InterestRateModel.$Shape): marketchain.moneymarket.v1.InterestRateModel & marketchain.moneymarket.v1.InterestRateModel.$Shape;
                static create(properties?: marketchain.moneymarket.v1.InterestRateModel.$Properties): marketchain.moneymarket.v1.InterestRateModel;
                static encode(message: marketchain.moneymarket.v1.InterestRateModel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.InterestRateModel & marketchain.moneymarket.v1.InterestRateModel.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.InterestRateModel;
                static toObject(message: marketchain.moneymarket.v1.InterestRateModel, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace InterestRateModel {
                interface $Properties {
                    kind?: (string|null);
                    baseRate?: (string|null);
                    slope?: (string|null);
                    spreadBps?: (number|null);
                    fixedSupplyRate?: (string|null);
                    fixedBorrowRate?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.InterestRateModel.$Properties;
            }

            interface IParams extends marketchain.moneymarket.v1.Params.$Properties {
            }

            class Params {
                constructor(properties?: marketchain.moneymarket.v1.Params.$Properties);
                $unknowns?: Uint8Array[];
                admin: string;
                pendingAdmin: string;
                oracle: string;
                collateralRatio: string;
                liquidationRatio: string;
                liquidationDiscount: string;
                originationFee: string;
                blocksPerYear: number;
                maxMarkets: number;
                maxPriceMove: string;
                maxBorrowRate: string;
                paused: boolean;
                static create(properties: marketchain.moneymarket.v1.Params.$Shape): marketchain.moneymarket.v1.Params & marketchain.moneymarket.v1.Params.$Shape;
                static create(properties?: marketchain.moneymarket.v1.Params.$Properties): marketchain.moneymarket.v1.Params;
                static encode(message: marketchain.moneymarket.v1.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.Params & marketchain.moneymarket.v1.Params.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.Params;
                static toObject(message: marketchain.moneymarket.v1.Params, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Params {
                interface $Properties {
                    admin?: (string|null);
                    pendingAdmin?: (string|null);
                    oracle?: (string|null);
                    collateralRatio?: (string|null);
                    liquidationRatio?: (string|null);
                    liquidationDiscount?: (string|null);
                    originationFee?: (string|null);
                    blocksPerYear?: (number|null);
                    maxMarkets?: (number|null);
                    maxPriceMove?: (string|null);
                    maxBorrowRate?: (string|null);
                    paused?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.Params.$Properties;
            }

            interface IMarketState extends marketchain.moneymarket.v1.MarketState.$Properties {
            }

            class MarketState {
                constructor(properties?: marketchain.moneymarket.v1.MarketState.$Properties);
                $unknowns?: Uint8Array[];
                denom: string;
                status: string;
                interestRateModel?: (marketchain.moneymarket.v1.InterestRateModel.$Properties|null);
                supplyIndex: string;
                borrowIndex: string;
                supplyRate: string;
                borrowRate: string;
                cash: string;
                totalBorrows: string;
                totalSupply: string;
                equity: string;
                blockNumber: number;
                static create(properties: marketchain.moneymarket.v1.MarketState.$Shape): marketchain.moneymarket.v1.MarketState & marketchain.moneymarket.v1.MarketState.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MarketState.$Properties): marketchain.moneymarket.v1.MarketState;
                static encode(message: marketchain.moneymarket.v1.MarketState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MarketState & marketchain.moneymarket.v1.MarketState.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MarketState;
                static toObject(message: marketchain.moneymarket.v1.MarketState, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MarketState {
                interface $Properties {
                    denom?: (string|null);
                    status?: (string|null);
                    interestRateModel?: (marketchain.moneymarket.v1.InterestRateModel.$Properties|null);
                    supplyIndex?: (string|null);
                    borrowIndex?: (string|null);
                    supplyRate?: (string|null);
                    borrowRate?: (string|null);
                    cash?: (string|null);
                    totalBorrows?: (string|null);
                    totalSupply?: (string|null);
                    equity?: (string|null);
                    blockNumber?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MarketState.$Properties;
            }

            interface IPriceEntry extends marketchain.moneymarket.v1.PriceEntry.$Properties {
            }

            class PriceEntry {
                constructor(properties?: marketchain.moneymarket.v1.PriceEntry.$Properties);
                $unknowns?: Uint8Array[];
                denom: string;
                price: string;
                height: number;
                static create(properties: marketchain.moneymarket.v1.PriceEntry.$Shape): marketchain.moneymarket.v1.PriceEntry & marketchain.moneymarket.v1.PriceEntry.$Shape;
                static create(properties?: marketchain.moneymarket.v1.PriceEntry.$Properties): marketchain.moneymarket.v1.PriceEntry;
                static encode(message: marketchain.moneymarket.v1.PriceEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.PriceEntry & marketchain.moneymarket.v1.PriceEntry.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.PriceEntry;
                static toObject(message: marketchain.moneymarket.v1.PriceEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PriceEntry {
                interface $Properties {
                    denom?: (string|null);
                    price?: (string|null);
                    height?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.PriceEntry.$Properties;
            }

            interface ICheckpoint extends marketchain.moneymarket.v1.Checkpoint.$Properties {
            }

            class Checkpoint {
                constructor(properties?: marketchain.moneymarket.v1.Checkpoint.$Properties);
                $unknowns?: Uint8Array[];
                principal: string;
                interestIndex: string;
                static create(properties: marketchain.moneymarket.v1.Checkpoint.$Shape): marketchain.moneymarket.v1.Checkpoint & marketchain.moneymarket.v1.Checkpoint.$Shape;
                static create(properties?: marketchain.moneymarket.v1.Checkpoint.$Properties): marketchain.moneymarket.v1.Checkpoint;
                static encode(message: marketchain.moneymarket.v1.Checkpoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.Checkpoint & marketchain.moneymarket.v1.Checkpoint.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.Checkpoint;
                static toObject(message: marketchain.moneymarket.v1.Checkpoint, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Checkpoint {
                interface $Properties {
                    principal?: (string|null);
                    interestIndex?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.Checkpoint.$Properties;
            }

            interface IAccountCheckpoint extends marketchain.moneymarket.v1.AccountCheckpoint.$Properties {
            }

            class AccountCheckpoint {
                constructor(properties?: marketchain.moneymarket.v1.AccountCheckpoint.$Properties);
                $unknowns?: Uint8Array[];
                address: string;
                denom: string;
                principal: string;
                interestIndex: string;
                static create(properties: marketchain.moneymarket.v1.AccountCheckpoint.$Shape): marketchain.moneymarket.v1.AccountCheckpoint & marketchain.moneymarket.v1.AccountCheckpoint.$Shape;
                static create(properties?: marketchain.moneymarket.v1.AccountCheckpoint.$Properties): marketchain.moneymarket.v1.AccountCheckpoint;
                static encode(message: marketchain.moneymarket.v1.AccountCheckpoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.AccountCheckpoint & marketchain.moneymarket.v1.AccountCheckpoint.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.AccountCheckpoint;
                static toObject(message: marketchain.moneymarket.v1.AccountCheckpoint, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AccountCheckpoint {
                interface $Properties {
                    address?: (string|null);
                    denom?: (string|null);
                    principal?: (string|null);
                    interestIndex?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.AccountCheckpoint.$Properties;
            }

            interface ILedgerEntry extends marketchain.moneymarket.v1.LedgerEntry.$Properties {
            }

            class LedgerEntry {
                constructor(properties?: marketchain.moneymarket.v1.LedgerEntry.$Properties);
                $unknowns?: Uint8Array[];
                seq: number;
                height: number;
                txHash: string;
                event: string;
                debit: string;
                credit: string;
                amount: string;
                static create(properties: marketchain.moneymarket.v1.LedgerEntry.$Shape): marketchain.moneymarket.v1.LedgerEntry & marketchain.moneymarket.v1.LedgerEntry.$Shape;
                static create(properties?: marketchain.moneymarket.v1.LedgerEntry.$Properties): marketchain.moneymarket.v1.LedgerEntry;
                static encode(message: marketchain.moneymarket.v1.LedgerEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.LedgerEntry & marketchain.moneymarket.v1.LedgerEntry.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.LedgerEntry;
                static toObject(message: marketchain.moneymarket.v1.LedgerEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace LedgerEntry {
                interface $Properties {
                    seq?: (number|null);
                    height?: (number|null);
                    txHash?: (string|null);
                    event?: (string|null);
                    debit?: (string|null);
                    credit?: (string|null);
                    amount?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.LedgerEntry.$Properties;
            }

            interface IRateRecord extends marketchain.moneymarket.v1.RateRecord.$Properties {
            }

            class RateRecord {
                constructor(properties?: marketchain.moneymarket.v1.RateRecord.$Properties);
                $unknowns?: Uint8Array[];
                seq: number;
                height: number;
                txHash: string;
                borrowRate: string;
                supplyRate: string;
                supplyIndex: string;
                borrowIndex: string;
                static create(properties: marketchain.moneymarket.v1.RateRecord.$Shape): marketchain.moneymarket.v1.RateRecord & marketchain.moneymarket.v1.RateRecord.$Shape;
                static create(properties?: marketchain.moneymarket.v1.RateRecord.$Properties): marketchain.moneymarket.v1.RateRecord;
                static encode(message: marketchain.moneymarket.v1.RateRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.RateRecord & marketchain.moneymarket.v1.RateRecord.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.RateRecord;
                static toObject(message: marketchain.moneymarket.v1.RateRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RateRecord {
                interface $Properties {
                    seq?: (number|null);
                    height?: (number|null);
                    txHash?: (string|null);
                    borrowRate?: (string|null);
                    supplyRate?: (string|null);
                    supplyIndex?: (string|null);
                    borrowIndex?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.RateRecord.$Properties;
            }

            interface IMsgSupply extends marketchain.moneymarket.v1.MsgSupply.$Properties {
            }

            class MsgSupply {
                constructor(properties?: marketchain.moneymarket.v1.MsgSupply.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                denom: string;
                amount: string;
                static create(properties: marketchain.moneymarket.v1.MsgSupply.$Shape): marketchain.moneymarket.v1.MsgSupply & marketchain.moneymarket.v1.MsgSupply.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgSupply.$Properties): marketchain.moneymarket.v1.MsgSupply;
                static encode(message: marketchain.moneymarket.v1.MsgSupply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgSupply & marketchain.moneymarket.v1.MsgSupply.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgSupply;
                static toObject(message: marketchain.moneymarket.v1.MsgSupply, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSupply {
                interface $Properties {
                    sender?: (string|null);
                    denom?: (string|null);
                    amount?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgSupply.$Properties;
            }

            interface IMsgSupplyResponse extends marketchain.moneymarket.v1.MsgSupplyResponse.$Properties {
            }

            class MsgSupplyResponse {
                constructor(properties?: marketchain.moneymarket.v1.MsgSupplyResponse.$Properties);
                $unknowns?: Uint8Array[];
                amount: string;
                newBalance: string;
                static create(properties: marketchain.moneymarket.v1.MsgSupplyResponse.$Shape): marketchain.moneymarket.v1.MsgSupplyResponse & marketchain.moneymarket.v1.MsgSupplyResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgSupplyResponse.$Properties): marketchain.moneymarket.v1.MsgSupplyResponse;
                static encode(message: marketchain.moneymarket.v1.MsgSupplyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgSupplyResponse & marketchain.moneymarket.v1.MsgSupplyResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgSupplyResponse;
                static toObject(message: marketchain.moneymarket.v1.MsgSupplyResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSupplyResponse {
                interface $Properties {
                    amount?: (string|null);
                    newBalance?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgSupplyResponse.$Properties;
            }

            interface IMsgWithdraw extends marketchain.moneymarket.v1.MsgWithdraw.$Properties {
            }

            class MsgWithdraw {
                constructor(properties?: marketchain.moneymarket.v1.MsgWithdraw.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                denom: string;
                amount: string;
                static create(properties: marketchain.moneymarket.v1.MsgWithdraw.$Shape): marketchain.moneymarket.v1.MsgWithdraw & marketchain.moneymarket.v1.MsgWithdraw.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgWithdraw.$Properties): marketchain.moneymarket.v1.MsgWithdraw;
                static encode(message: marketchain.moneymarket.v1.MsgWithdraw.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgWithdraw & marketchain.moneymarket.v1.MsgWithdraw.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgWithdraw;
                static toObject(message: marketchain.moneymarket.v1.MsgWithdraw, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgWithdraw {
                interface $Properties {
                    sender?: (string|null);
                    denom?: (string|null);
                    amount?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgWithdraw.$Properties;
            }

            interface IMsgWithdrawResponse extends marketchain.moneymarket.v1.MsgWithdrawResponse.$Properties {
            }

            class MsgWithdrawResponse {
                constructor(properties?: marketchain.moneymarket.v1.MsgWithdrawResponse.$Properties);
                $unknowns?: Uint8Array[];
                amount: string;
                newBalance: string;
                static create(properties: marketchain.moneymarket.v1.MsgWithdrawResponse.$Shape): marketchain.moneymarket.v1.MsgWithdrawResponse & marketchain.moneymarket.v1.MsgWithdrawResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgWithdrawResponse.$Properties): marketchain.moneymarket.v1.MsgWithdrawResponse;
                static encode(message: marketchain.moneymarket.v1.MsgWithdrawResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgWithdrawResponse & marketchain.moneymarket.v1.MsgWithdrawResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgWithdrawResponse;
                static toObject(message: marketchain.moneymarket.v1.MsgWithdrawResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgWithdrawResponse {
                interface $Properties {
                    amount?: (string|null);
                    newBalance?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgWithdrawResponse.$Properties;
            }

            interface IMsgBorrow extends marketchain.moneymarket.v1.MsgBorrow.$Properties {
            }

            class MsgBorrow {
                constructor(properties?: marketchain.moneymarket.v1.MsgBorrow.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                denom: string;
                amount: string;
                static create(properties: marketchain.moneymarket.v1.MsgBorrow.$Shape): marketchain.moneymarket.v1.MsgBorrow & marketchain.moneymarket.v1.MsgBorrow.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgBorrow.$Properties): marketchain.moneymarket.v1.MsgBorrow;
                static encode(message: marketchain.moneymarket.v1.MsgBorrow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgBorrow & marketchain.moneymarket.v1.MsgBorrow.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgBorrow;
                static toObject(message: marketchain.moneymarket.v1.MsgBorrow, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgBorrow {
                interface $Properties {
                    sender?: (string|null);
                    denom?: (string|null);
                    amount?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgBorrow.$Properties;
            }

            interface IMsgBorrowResponse extends marketchain.moneymarket.v1.MsgBorrowResponse.$Properties {
            }

            class MsgBorrowResponse {
                constructor(properties?: marketchain.moneymarket.v1.MsgBorrowResponse.$Properties);
                $unknowns?: Uint8Array[];
                amount: string;
                amountWithFee: string;
                newBalance: string;
                static create(properties: marketchain.moneymarket.v1.MsgBorrowResponse.$Shape): marketchain.moneymarket.v1.MsgBorrowResponse & marketchain.moneymarket.v1.MsgBorrowResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgBorrowResponse.$Properties): marketchain.moneymarket.v1.MsgBorrowResponse;
                static encode(message: marketchain.moneymarket.v1.MsgBorrowResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgBorrowResponse & marketchain.moneymarket.v1.MsgBorrowResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgBorrowResponse;
                static toObject(message: marketchain.moneymarket.v1.MsgBorrowResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgBorrowResponse {
                interface $Properties {
                    amount?: (string|null);
                    amountWithFee?: (string|null);
                    newBalance?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgBorrowResponse.$Properties;
            }

            interface IMsgRepay extends marketchain.moneymarket.v1.MsgRepay.$Properties {
            }

            class MsgRepay {
                constructor(properties?: marketchain.moneymarket.v1.MsgRepay.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                denom: string;
                amount: string;
                static create(properties: marketchain.moneymarket.v1.MsgRepay.$Shape): marketchain.moneymarket.v1.MsgRepay & marketchain.moneymarket.v1.MsgRepay.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgRepay.$Properties): marketchain.moneymarket.v1.MsgRepay;
                static encode(message: marketchain.moneymarket.v1.MsgRepay.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgRepay & marketchain.moneymarket.v1.MsgRepay.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgRepay;
                static toObject(message: marketchain.moneymarket.v1.MsgRepay, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRepay {
                interface $Properties {
                    sender?: (string|null);
                    denom?: (string|null);
                    amount?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgRepay.$Properties;
            }

            interface IMsgRepayResponse extends marketchain.moneymarket.v1.MsgRepayResponse.$Properties {
            }

            class MsgRepayResponse {
                constructor(properties?: marketchain.moneymarket.v1.MsgRepayResponse.$Properties);
                $unknowns?: Uint8Array[];
                amount: string;
                newBalance: string;
                static create(properties: marketchain.moneymarket.v1.MsgRepayResponse.$Shape): marketchain.moneymarket.v1.MsgRepayResponse & marketchain.moneymarket.v1.MsgRepayResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgRepayResponse.$Properties): marketchain.moneymarket.v1.MsgRepayResponse;
                static encode(message: marketchain.moneymarket.v1.MsgRepayResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgRepayResponse & marketchain.moneymarket.v1.MsgRepayResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgRepayResponse;
                static toObject(message: marketchain.moneymarket.v1.MsgRepayResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRepayResponse {
                interface $Properties {
                    amount?: (string|null);
                    newBalance?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgRepayResponse.$Properties;
            }

            interface IMsgLiquidate extends marketchain.moneymarket.v1.MsgLiquidate.$Properties {
            }

            class MsgLiquidate {
                constructor(properties?: marketchain.moneymarket.v1.MsgLiquidate.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                borrower: string;
                borrowDenom: string;
                collateralDenom: string;
                amount: string;
                static create(properties: marketchain.moneymarket.v1.MsgLiquidate.$Shape): marketchain.moneymarket.v1.MsgLiquidate & marketchain.moneymarket.v1.MsgLiquidate.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgLiquidate.$Properties): marketchain.moneymarket.v1.MsgLiquidate;
                static encode(message: marketchain.moneymarket.v1.MsgLiquidate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgLiquidate & marketchain.moneymarket.v1.MsgLiquidate.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgLiquidate;
                static toObject(message: marketchain.moneymarket.v1.MsgLiquidate, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgLiquidate {
                interface $Properties {
                    sender?: (string|null);
                    borrower?: (string|null);
                    borrowDenom?: (string|null);
                    collateralDenom?: (string|null);
                    amount?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgLiquidate.$Properties;
            }

            interface IMsgLiquidateResponse extends marketchain.moneymarket.v1.MsgLiquidateResponse.$Properties {
            }

            class MsgLiquidateResponse {
                constructor(properties?: marketchain.moneymarket.v1.MsgLiquidateResponse.$Properties);
                $unknowns?: Uint8Array[];
                amountRepaid: string;
                amountSeized: string;
                static create(properties: marketchain.moneymarket.v1.MsgLiquidateResponse.$Shape): marketchain.moneymarket.v1.MsgLiquidateResponse & marketchain.moneymarket.v1.MsgLiquidateResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgLiquidateResponse.$Properties): marketchain.moneymarket.v1.MsgLiquidateResponse;
                static encode(message: marketchain.moneymarket.v1.MsgLiquidateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgLiquidateResponse & marketchain.moneymarket.v1.MsgLiquidateResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgLiquidateResponse;
                static toObject(message: marketchain.moneymarket.v1.MsgLiquidateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgLiquidateResponse {
                interface $Properties {
                    amountRepaid?: (string|null);
                    amountSeized?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgLiquidateResponse.$Properties;
            }

            interface IMsgSetAssetPrice extends marketchain.moneymarket.v1.MsgSetAssetPrice.$Properties {
            }

            class MsgSetAssetPrice {
                constructor(properties?: marketchain.moneymarket.v1.MsgSetAssetPrice.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                denom: string;
                price: string;
                static create(properties: marketchain.moneymarket.v1.MsgSetAssetPrice.$Shape): marketchain.moneymarket.v1.MsgSetAssetPrice & marketchain.moneymarket.v1.MsgSetAssetPrice.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgSetAssetPrice.$Properties): marketchain.moneymarket.v1.MsgSetAssetPrice;
                static encode(message: marketchain.moneymarket.v1.MsgSetAssetPrice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgSetAssetPrice & marketchain.moneymarket.v1.MsgSetAssetPrice.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgSetAssetPrice;
                static toObject(message: marketchain.moneymarket.v1.MsgSetAssetPrice, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetAssetPrice {
                interface $Properties {
                    sender?: (string|null);
                    denom?: (string|null);
                    price?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgSetAssetPrice.$Properties;
            }

            interface IMsgSetAssetPriceResponse extends marketchain.moneymarket.v1.MsgSetAssetPriceResponse.$Properties {
            }

            class MsgSetAssetPriceResponse {
                constructor(properties?: marketchain.moneymarket.v1.MsgSetAssetPriceResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.moneymarket.v1.MsgSetAssetPriceResponse.$Shape): marketchain.moneymarket.v1.MsgSetAssetPriceResponse & marketchain.moneymarket.v1.MsgSetAssetPriceResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgSetAssetPriceResponse.$Properties): marketchain.moneymarket.v1.MsgSetAssetPriceResponse;
                static encode(message: marketchain.moneymarket.v1.MsgSetAssetPriceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgSetAssetPriceResponse & marketchain.moneymarket.v1.MsgSetAssetPriceResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgSetAssetPriceResponse;
                static toObject(message: marketchain.moneymarket.v1.MsgSetAssetPriceResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetAssetPriceResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgSetAssetPriceResponse.$Properties;
            }

            interface IMsgSupportMarket extends marketchain.moneymarket.v1.MsgSupportMarket.$Properties {
            }

            class MsgSupportMarket {
                constructor(properties?: marketchain.moneymarket.v1.MsgSupportMarket.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                denom: string;
                interestRateModel?: (marketchain.moneymarket.v1.InterestRateModel.$Properties|null);
                static create(properties: marketchain.moneymarket.v1.MsgSupportMarket.$Shape): marketchain.moneymarket.v1.MsgSupportMarket & marketchain.moneymarket.v1.MsgSupportMarket.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgSupportMarket.$Properties): marketchain.moneymarket.v1.MsgSupportMarket;
                static encode(message: marketchain.moneymarket.v1.MsgSupportMarket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgSupportMarket & marketchain.moneymarket.v1.MsgSupportMarket.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgSupportMarket;
                static toObject(message: marketchain.moneymarket.v1.MsgSupportMarket, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSupportMarket {
                interface $Properties {
                    sender?: (string|null);
                    denom?: (string|null);
                    interestRateModel?: (marketchain.moneymarket.v1.InterestRateModel.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgSupportMarket.$Properties;
            }

            interface IMsgSupportMarketResponse extends marketchain.moneymarket.v1.MsgSupportMarketResponse.$Properties {
            }

            class MsgSupportMarketResponse {
                constructor(properties?: marketchain.moneymarket.v1.MsgSupportMarketResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.moneymarket.v1.MsgSupportMarketResponse.$Shape): marketchain.moneymarket.v1.MsgSupportMarketResponse & marketchain.moneymarket.v1.MsgSupportMarketResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgSupportMarketResponse.$Properties): marketchain.moneymarket.v1.MsgSupportMarketResponse;
                static encode(message: marketchain.moneymarket.v1.MsgSupportMarketResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgSupportMarketResponse & marketchain.moneymarket.v1.MsgSupportMarketResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgSupportMarketResponse;
                static toObject(message: marketchain.moneymarket.v1.MsgSupportMarketResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSupportMarketResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgSupportMarketResponse.$Properties;
            }

            interface IMsgSuspendMarket extends marketchain.moneymarket.v1.MsgSuspendMarket.$Properties {
            }

            class MsgSuspendMarket {
                constructor(properties?: marketchain.moneymarket.v1.MsgSuspendMarket.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                denom: string;
                static create(properties: marketchain.moneymarket.v1.MsgSuspendMarket.$Shape): marketchain.moneymarket.v1.MsgSuspendMarket & marketchain.moneymarket.v1.MsgSuspendMarket.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgSuspendMarket.$Properties): marketchain.moneymarket.v1.MsgSuspendMarket;
                static encode(message: marketchain.moneymarket.v1.MsgSuspendMarket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgSuspendMarket & marketchain.moneymarket.v1.MsgSuspendMarket.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgSuspendMarket;
                static toObject(message: marketchain.moneymarket.v1.MsgSuspendMarket, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSuspendMarket {
                interface $Properties {
                    sender?: (string|null);
                    denom?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgSuspendMarket.$Properties;
            }

            interface IMsgSuspendMarketResponse extends marketchain.moneymarket.v1.MsgSuspendMarketResponse.$Properties {
            }

            class MsgSuspendMarketResponse {
                constructor(properties?: marketchain.moneymarket.v1.MsgSuspendMarketResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.moneymarket.v1.MsgSuspendMarketResponse.$Shape): marketchain.moneymarket.v1.MsgSuspendMarketResponse & marketchain.moneymarket.v1.MsgSuspendMarketResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgSuspendMarketResponse.$Properties): marketchain.moneymarket.v1.MsgSuspendMarketResponse;
                static encode(message: marketchain.moneymarket.v1.MsgSuspendMarketResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgSuspendMarketResponse & marketchain.moneymarket.v1.MsgSuspendMarketResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgSuspendMarketResponse;
                static toObject(message: marketchain.moneymarket.v1.MsgSuspendMarketResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSuspendMarketResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgSuspendMarketResponse.$Properties;
            }

            interface IMsgSetInterestRateModel extends marketchain.moneymarket.v1.MsgSetInterestRateModel.$Properties {
            }

            class MsgSetInterestRateModel {
                constructor(properties?: marketchain.moneymarket.v1.MsgSetInterestRateModel.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                denom: string;
                interestRateModel?: (marketchain.moneymarket.v1.InterestRateModel.$Properties|null);
                static create(properties: marketchain.moneymarket.v1.MsgSetInterestRateModel.$Shape): marketchain.moneymarket.v1.MsgSetInterestRateModel & marketchain.moneymarket.v1.MsgSetInterestRateModel.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgSetInterestRateModel.$Properties): marketchain.moneymarket.v1.MsgSetInterestRateModel;
                static encode(message: marketchain.moneymarket.v1.MsgSetInterestRateModel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgSetInterestRateModel & marketchain.moneymarket.v1.MsgSetInterestRateModel.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgSetInterestRateModel;
                static toObject(message: marketchain.moneymarket.v1.MsgSetInterestRateModel, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetInterestRateModel {
                interface $Properties {
                    sender?: (string|null);
                    denom?: (string|null);
                    interestRateModel?: (marketchain.moneymarket.v1.InterestRateModel.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgSetInterestRateModel.$Properties;
            }

            interface IMsgSetInterestRateModelResponse extends marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.$Properties {
            }

            class MsgSetInterestRateModelResponse {
                constructor(properties?: marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.$Shape): marketchain.moneymarket.v1.MsgSetInterestRateModelResponse & marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.$Properties): marketchain.moneymarket.v1.MsgSetInterestRateModelResponse;
                static encode(message: marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgSetInterestRateModelResponse & marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgSetInterestRateModelResponse;
                static toObject(message: marketchain.moneymarket.v1.MsgSetInterestRateModelResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetInterestRateModelResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.$Properties;
            }

            interface IMsgSetRiskParameters extends marketchain.moneymarket.v1.MsgSetRiskParameters.$Properties {
            }

            class MsgSetRiskParameters {
                constructor(properties?: marketchain.moneymarket.v1.MsgSetRiskParameters.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                collateralRatio: string;
                liquidationRatio: string;
                liquidationDiscount: string;
                static create(properties: marketchain.moneymarket.v1.MsgSetRiskParameters.$Shape): marketchain.moneymarket.v1.MsgSetRiskParameters & marketchain.moneymarket.v1.MsgSetRiskParameters.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgSetRiskParameters.$Properties): marketchain.moneymarket.v1.MsgSetRiskParameters;
                static encode(message: marketchain.moneymarket.v1.MsgSetRiskParameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgSetRiskParameters & marketchain.moneymarket.v1.MsgSetRiskParameters.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgSetRiskParameters;
                static toObject(message: marketchain.moneymarket.v1.MsgSetRiskParameters, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetRiskParameters {
                interface $Properties {
                    sender?: (string|null);
                    collateralRatio?: (string|null);
                    liquidationRatio?: (string|null);
                    liquidationDiscount?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgSetRiskParameters.$Properties;
            }

            interface IMsgSetRiskParametersResponse extends marketchain.moneymarket.v1.MsgSetRiskParametersResponse.$Properties {
            }

            class MsgSetRiskParametersResponse {
                constructor(properties?: marketchain.moneymarket.v1.MsgSetRiskParametersResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.moneymarket.v1.MsgSetRiskParametersResponse.$Shape): marketchain.moneymarket.v1.MsgSetRiskParametersResponse & marketchain.moneymarket.v1.MsgSetRiskParametersResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgSetRiskParametersResponse.$Properties): marketchain.moneymarket.v1.MsgSetRiskParametersResponse;
                static encode(message: marketchain.moneymarket.v1.MsgSetRiskParametersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgSetRiskParametersResponse & marketchain.moneymarket.v1.MsgSetRiskParametersResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgSetRiskParametersResponse;
                static toObject(message: marketchain.moneymarket.v1.MsgSetRiskParametersResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetRiskParametersResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgSetRiskParametersResponse.$Properties;
            }

            interface IMsgSetOriginationFee extends marketchain.moneymarket.v1.MsgSetOriginationFee.$Properties {
            }

            class MsgSetOriginationFee {
                constructor(properties?: marketchain.moneymarket.v1.MsgSetOriginationFee.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                originationFee: string;
                static create(properties: marketchain.moneymarket.v1.MsgSetOriginationFee.$Shape): marketchain.moneymarket.v1.MsgSetOriginationFee & marketchain.moneymarket.v1.MsgSetOriginationFee.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgSetOriginationFee.$Properties): marketchain.moneymarket.v1.MsgSetOriginationFee;
                static encode(message: marketchain.moneymarket.v1.MsgSetOriginationFee.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgSetOriginationFee & marketchain.moneymarket.v1.MsgSetOriginationFee.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgSetOriginationFee;
                static toObject(message: marketchain.moneymarket.v1.MsgSetOriginationFee, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetOriginationFee {
                interface $Properties {
                    sender?: (string|null);
                    originationFee?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgSetOriginationFee.$Properties;
            }

            interface IMsgSetOriginationFeeResponse extends marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.$Properties {
            }

            class MsgSetOriginationFeeResponse {
                constructor(properties?: marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.$Shape): marketchain.moneymarket.v1.MsgSetOriginationFeeResponse & marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.$Properties): marketchain.moneymarket.v1.MsgSetOriginationFeeResponse;
                static encode(message: marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgSetOriginationFeeResponse & marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgSetOriginationFeeResponse;
                static toObject(message: marketchain.moneymarket.v1.MsgSetOriginationFeeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetOriginationFeeResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.$Properties;
            }

            interface IMsgSetOracle extends marketchain.moneymarket.v1.MsgSetOracle.$Properties {
            }

            class MsgSetOracle {
                constructor(properties?: marketchain.moneymarket.v1.MsgSetOracle.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                oracle: string;
                static create(properties: marketchain.moneymarket.v1.MsgSetOracle.$Shape): marketchain.moneymarket.v1.MsgSetOracle & marketchain.moneymarket.v1.MsgSetOracle.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgSetOracle.$Properties): marketchain.moneymarket.v1.MsgSetOracle;
                static encode(message: marketchain.moneymarket.v1.MsgSetOracle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgSetOracle & marketchain.moneymarket.v1.MsgSetOracle.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgSetOracle;
                static toObject(message: marketchain.moneymarket.v1.MsgSetOracle, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetOracle {
                interface $Properties {
                    sender?: (string|null);
                    oracle?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgSetOracle.$Properties;
            }

            interface IMsgSetOracleResponse extends marketchain.moneymarket.v1.MsgSetOracleResponse.$Properties {
            }

            class MsgSetOracleResponse {
                constructor(properties?: marketchain.moneymarket.v1.MsgSetOracleResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.moneymarket.v1.MsgSetOracleResponse.$Shape): marketchain.moneymarket.v1.MsgSetOracleResponse & marketchain.moneymarket.v1.MsgSetOracleResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgSetOracleResponse.$Properties): marketchain.moneymarket.v1.MsgSetOracleResponse;
                static encode(message: marketchain.moneymarket.v1.MsgSetOracleResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgSetOracleResponse & marketchain.moneymarket.v1.MsgSetOracleResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgSetOracleResponse;
                static toObject(message: marketchain.moneymarket.v1.MsgSetOracleResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetOracleResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgSetOracleResponse.$Properties;
            }

            interface IMsgSetPendingAdmin extends marketchain.moneymarket.v1.MsgSetPendingAdmin.$Properties {
            }

            class MsgSetPendingAdmin {
                constructor(properties?: marketchain.moneymarket.v1.MsgSetPendingAdmin.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                pendingAdmin: string;
                static create(properties: marketchain.moneymarket.v1.MsgSetPendingAdmin.$Shape): marketchain.moneymarket.v1.MsgSetPendingAdmin & marketchain.moneymarket.v1.MsgSetPendingAdmin.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgSetPendingAdmin.$Properties): marketchain.moneymarket.v1.MsgSetPendingAdmin;
                static encode(message: marketchain.moneymarket.v1.MsgSetPendingAdmin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgSetPendingAdmin & marketchain.moneymarket.v1.MsgSetPendingAdmin.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgSetPendingAdmin;
                static toObject(message: marketchain.moneymarket.v1.MsgSetPendingAdmin, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetPendingAdmin {
                interface $Properties {
                    sender?: (string|null);
                    pendingAdmin?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgSetPendingAdmin.$Properties;
            }

            interface IMsgSetPendingAdminResponse extends marketchain.moneymarket.v1.MsgSetPendingAdminResponse.$Properties {
            }

            class MsgSetPendingAdminResponse {
                constructor(properties?: marketchain.moneymarket.v1.MsgSetPendingAdminResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.moneymarket.v1.MsgSetPendingAdminResponse.$Shape): marketchain.moneymarket.v1.MsgSetPendingAdminResponse & marketchain.moneymarket.v1.MsgSetPendingAdminResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgSetPendingAdminResponse.$Properties): marketchain.moneymarket.v1.MsgSetPendingAdminResponse;
                static encode(message: marketchain.moneymarket.v1.MsgSetPendingAdminResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgSetPendingAdminResponse & marketchain.moneymarket.v1.MsgSetPendingAdminResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgSetPendingAdminResponse;
                static toObject(message: marketchain.moneymarket.v1.MsgSetPendingAdminResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetPendingAdminResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgSetPendingAdminResponse.$Properties;
            }

            interface IMsgAcceptAdmin extends marketchain.moneymarket.v1.MsgAcceptAdmin.$Properties {
            }

            class MsgAcceptAdmin {
                constructor(properties?: marketchain.moneymarket.v1.MsgAcceptAdmin.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                static create(properties: marketchain.moneymarket.v1.MsgAcceptAdmin.$Shape): marketchain.moneymarket.v1.MsgAcceptAdmin & marketchain.moneymarket.v1.MsgAcceptAdmin.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgAcceptAdmin.$Properties): marketchain.moneymarket.v1.MsgAcceptAdmin;
                static encode(message: marketchain.moneymarket.v1.MsgAcceptAdmin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgAcceptAdmin & marketchain.moneymarket.v1.MsgAcceptAdmin.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgAcceptAdmin;
                static toObject(message: marketchain.moneymarket.v1.MsgAcceptAdmin, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAcceptAdmin {
                interface $Properties {
                    sender?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgAcceptAdmin.$Properties;
            }

            interface IMsgAcceptAdminResponse extends marketchain.moneymarket.v1.MsgAcceptAdminResponse.$Properties {
            }

            class MsgAcceptAdminResponse {
                constructor(properties?: marketchain.moneymarket.v1.MsgAcceptAdminResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.moneymarket.v1.MsgAcceptAdminResponse.$Shape): marketchain.moneymarket.v1.MsgAcceptAdminResponse & marketchain.moneymarket.v1.MsgAcceptAdminResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgAcceptAdminResponse.$Properties): marketchain.moneymarket.v1.MsgAcceptAdminResponse;
                static encode(message: marketchain.moneymarket.v1.MsgAcceptAdminResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgAcceptAdminResponse & marketchain.moneymarket.v1.MsgAcceptAdminResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgAcceptAdminResponse;
                static toObject(message: marketchain.moneymarket.v1.MsgAcceptAdminResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAcceptAdminResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgAcceptAdminResponse.$Properties;
            }

            interface IMsgWithdrawEquity extends marketchain.moneymarket.v1.MsgWithdrawEquity.$Properties {
            }

            class MsgWithdrawEquity {
                constructor(properties?: marketchain.moneymarket.v1.MsgWithdrawEquity.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                denom: string;
                amount: string;
                static create(properties: marketchain.moneymarket.v1.MsgWithdrawEquity.$Shape): marketchain.moneymarket.v1.MsgWithdrawEquity & marketchain.moneymarket.v1.MsgWithdrawEquity.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgWithdrawEquity.$Properties): marketchain.moneymarket.v1.MsgWithdrawEquity;
                static encode(message: marketchain.moneymarket.v1.MsgWithdrawEquity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgWithdrawEquity & marketchain.moneymarket.v1.MsgWithdrawEquity.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgWithdrawEquity;
                static toObject(message: marketchain.moneymarket.v1.MsgWithdrawEquity, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgWithdrawEquity {
                interface $Properties {
                    sender?: (string|null);
                    denom?: (string|null);
                    amount?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgWithdrawEquity.$Properties;
            }

            interface IMsgWithdrawEquityResponse extends marketchain.moneymarket.v1.MsgWithdrawEquityResponse.$Properties {
            }

            class MsgWithdrawEquityResponse {
                constructor(properties?: marketchain.moneymarket.v1.MsgWithdrawEquityResponse.$Properties);
                $unknowns?: Uint8Array[];
                amount: string;
                static create(properties: marketchain.moneymarket.v1.MsgWithdrawEquityResponse.$Shape): marketchain.moneymarket.v1.MsgWithdrawEquityResponse & marketchain.moneymarket.v1.MsgWithdrawEquityResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgWithdrawEquityResponse.$Properties): marketchain.moneymarket.v1.MsgWithdrawEquityResponse;
                static encode(message: marketchain.moneymarket.v1.MsgWithdrawEquityResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgWithdrawEquityResponse & marketchain.moneymarket.v1.MsgWithdrawEquityResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgWithdrawEquityResponse;
                static toObject(message: marketchain.moneymarket.v1.MsgWithdrawEquityResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgWithdrawEquityResponse {
                interface $Properties {
                    amount?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgWithdrawEquityResponse.$Properties;
            }

            interface IMsgSetPaused extends marketchain.moneymarket.v1.MsgSetPaused.$Properties {
            }

            class MsgSetPaused {
                constructor(properties?: marketchain.moneymarket.v1.MsgSetPaused.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                paused: boolean;
                static create(properties: marketchain.moneymarket.v1.MsgSetPaused.$Shape): marketchain.moneymarket.v1.MsgSetPaused & marketchain.moneymarket.v1.MsgSetPaused.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgSetPaused.$Properties): marketchain.moneymarket.v1.MsgSetPaused;
                static encode(message: marketchain.moneymarket.v1.MsgSetPaused.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgSetPaused & marketchain.moneymarket.v1.MsgSetPaused.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgSetPaused;
                static toObject(message: marketchain.moneymarket.v1.MsgSetPaused, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetPaused {
                interface $Properties {
                    sender?: (string|null);
                    paused?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgSetPaused.$Properties;
            }

            interface IMsgSetPausedResponse extends marketchain.moneymarket.v1.MsgSetPausedResponse.$Properties {
            }

            class MsgSetPausedResponse {
                constructor(properties?: marketchain.moneymarket.v1.MsgSetPausedResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.moneymarket.v1.MsgSetPausedResponse.$Shape): marketchain.moneymarket.v1.MsgSetPausedResponse & marketchain.moneymarket.v1.MsgSetPausedResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgSetPausedResponse.$Properties): marketchain.moneymarket.v1.MsgSetPausedResponse;
                static encode(message: marketchain.moneymarket.v1.MsgSetPausedResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgSetPausedResponse & marketchain.moneymarket.v1.MsgSetPausedResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgSetPausedResponse;
                static toObject(message: marketchain.moneymarket.v1.MsgSetPausedResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetPausedResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgSetPausedResponse.$Properties;
            }

            interface IMsgAddReserves extends marketchain.moneymarket.v1.MsgAddReserves.$Properties {
            }

            class MsgAddReserves {
                constructor(properties?: marketchain.moneymarket.v1.MsgAddReserves.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                denom: string;
                amount: string;
                static create(properties: marketchain.moneymarket.v1.MsgAddReserves.$Shape): marketchain.moneymarket.v1.MsgAddReserves & marketchain.moneymarket.v1.MsgAddReserves.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgAddReserves.$Properties): marketchain.moneymarket.v1.MsgAddReserves;
                static encode(message: marketchain.moneymarket.v1.MsgAddReserves.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgAddReserves & marketchain.moneymarket.v1.MsgAddReserves.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgAddReserves;
                static toObject(message: marketchain.moneymarket.v1.MsgAddReserves, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAddReserves {
                interface $Properties {
                    sender?: (string|null);
                    denom?: (string|null);
                    amount?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgAddReserves.$Properties;
            }

            interface IMsgAddReservesResponse extends marketchain.moneymarket.v1.MsgAddReservesResponse.$Properties {
            }

            class MsgAddReservesResponse {
                constructor(properties?: marketchain.moneymarket.v1.MsgAddReservesResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.moneymarket.v1.MsgAddReservesResponse.$Shape): marketchain.moneymarket.v1.MsgAddReservesResponse & marketchain.moneymarket.v1.MsgAddReservesResponse.$Shape;
                static create(properties?: marketchain.moneymarket.v1.MsgAddReservesResponse.$Properties): marketchain.moneymarket.v1.MsgAddReservesResponse;
                static encode(message: marketchain.moneymarket.v1.MsgAddReservesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.moneymarket.v1.MsgAddReservesResponse & marketchain.moneymarket.v1.MsgAddReservesResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.moneymarket.v1.MsgAddReservesResponse;
                static toObject(message: marketchain.moneymarket.v1.MsgAddReservesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAddReservesResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.moneymarket.v1.MsgAddReservesResponse.$Properties;
            }
        }
    }
}
