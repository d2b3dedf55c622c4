import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace marketchain {

    namespace amm {

        namespace v1 {

            interface IParams extends marketchain.amm.v1.Params.$Properties {
            }

            class Params {
                constructor(properties?: marketchain.amm.v1.Params.$Properties);
                $unknowns?: Uint8Array[];
                authority: string;
                treasury: string;
                static create(properties: marketchain.amm.v1.Params.$Shape): marketchain.amm.v1.Params & marketchain.amm.v1.Params.$Shape;
                static create(properties?: marketchain.amm.v1.Params.$Properties): marketchain.amm.v1.Params;
                static encode(message: marketchain.amm.v1.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.Params & marketchain.amm.v1.Params.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.Params;
                static toObject(message: marketchain.amm.v1.Params, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Params {
                interface $Properties {
                    authority?: (string|null);
                    treasury?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.Params.$Properties;
            }

            interface IPool extends marketchain.amm.v1.Pool.$Properties {
            }

            class Pool {
                constructor(properties?: marketchain.amm.v1.Pool.$Properties);
                $unknowns?: Uint8Array[];
                id: number;
                denom0: string;
                denom1: string;
                sqrtPriceX96: string;
                sqrtLowerX96: string;
                sqrtUpperX96: string;
                feePips: number;
                betaPpm: number;
                liquidityLong: string;
                liquidityShort: string;
                reserve0: string;
                reserve1: string;
                feeVault0: string;
                feeVault1: string;
                feeGrowthLong0X128: string;
                feeGrowthLong1X128: string;
                feeGrowthShort0X128: string;
                feeGrowthShort1X128: string;
                orphanFees0: string;
                orphanFees1: string;
                minLongCommitmentBlocks: number;
                static create(properties: marketchain.amm.v1.Pool.$Shape): marketchain.amm.v1.Pool & marketchain.amm.v1.Pool.$Shape;
                static create(properties?: marketchain.amm.v1.Pool.$Properties): marketchain.amm.v1.Pool;
                static encode(message: marketchain.amm.v1.Pool.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.Pool & marketchain.amm.v1.Pool.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.Pool;
                static toObject(message: marketchain.amm.v1.Pool, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Pool {
                interface $Properties {
                    id?: (number|null);
                    denom0?: (string|null);
                    denom1?: (string|null);
                    sqrtPriceX96?: (string|null);
                    sqrtLowerX96?: (string|null);
                    sqrtUpperX96?: (string|null);
                    feePips?: (number|null);
                    betaPpm?: (number|null);
                    liquidityLong?: (string|null);
                    liquidityShort?: (string|null);
                    reserve0?: (string|null);
                    reserve1?: (string|null);
                    feeVault0?: (string|null);
                    feeVault1?: (string|null);
                    feeGrowthLong0X128?: (string|null);
                    feeGrowthLong1X128?: (string|null);
                    feeGrowthShort0X128?: (string|null);
                    feeGrowthShort1X128?: (string|null);
                    orphanFees0?: (string|null);
                    orphanFees1?: (string|null);
                    minLongCommitmentBlocks?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.Pool.$Properties;
            }

            interface IPosition extends marketchain.amm.v1.Position.$Properties {
            }

            class Position {
                constructor(properties?: marketchain.amm.v1.Position.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                owner: string;
                poolId: number;
                liquidity: string;
                commitmentBlocks: number;
                mintHeight: number;
                unlockHeight: number;
                feeGrowthLast0X128: string;
                feeGrowthLast1X128: string;
                amount0: string;
                amount1: string;
                static create(properties: marketchain.amm.v1.Position.$Shape): marketchain.amm.v1.Position & marketchain.amm.v1.Position.$Shape;
                static create(properties?: marketchain.amm.v1.Position.$Properties): marketchain.amm.v1.Position;
                static encode(message: marketchain.amm.v1.Position.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.Position & marketchain.amm.v1.Position.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.Position;
                static toObject(message: marketchain.amm.v1.Position, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Position {
                interface $Properties {
                    id?: (string|null);
                    owner?: (string|null);
                    poolId?: (number|null);
                    liquidity?: (string|null);
                    commitmentBlocks?: (number|null);
                    mintHeight?: (number|null);
                    unlockHeight?: (number|null);
                    feeGrowthLast0X128?: (string|null);
                    feeGrowthLast1X128?: (string|null);
                    amount0?: (string|null);
                    amount1?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.Position.$Properties;
            }

            interface IQueryParamsRequest extends marketchain.amm.v1.QueryParamsRequest.$Properties {
            }

            class QueryParamsRequest {
                constructor(properties?: marketchain.amm.v1.QueryParamsRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.amm.v1.QueryParamsRequest.$Shape): marketchain.amm.v1.QueryParamsRequest & marketchain.amm.v1.QueryParamsRequest.$Shape;
                static create(properties?: marketchain.amm.v1.QueryParamsRequest.$Properties): marketchain.amm.v1.QueryParamsRequest;
                static encode(message: marketchain.amm.v1.QueryParamsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.QueryParamsRequest & marketchain.amm.v1.QueryParamsRequest.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.QueryParamsRequest;
                static toObject(message: marketchain.amm.v1.QueryParamsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.QueryParamsRequest.$Properties;
            }

            interface IQueryParamsResponse extends marketchain.amm.v1.QueryParamsResponse.$Properties {
            }

            class QueryParamsResponse {
                constructor(properties?: marketchain.amm.v1.QueryParamsResponse.$Properties);
                $unknowns?: Uint8Array[];
                params?: (marketchain.amm.v1.Params.$Properties|null);
                static create(properties: marketchain.amm.v1.QueryParamsResponse.$Shape): marketchain.amm.v1.QueryParamsResponse & marketchain.amm.v1.QueryParamsResponse.$Shape;
                static create(properties?: marketchain.amm.v1.QueryParamsResponse.$Properties): marketchain.amm.v1.QueryParamsResponse;
                static encode(message: marketchain.amm.v1.QueryParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.QueryParamsResponse & marketchain.amm.v1.QueryParamsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.QueryParamsResponse;
                static toObject(message: marketchain.amm.v1.QueryParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsResponse {
                interface $Properties {
                    params?: (marketchain.amm.v1.Params.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.QueryParamsResponse.$Properties;
            }

            interface IPoolView extends marketchain.amm.v1.PoolView.$Properties {
            }

            class PoolView {
                constructor(properties?: marketchain.amm.v1.PoolView.$Properties);
                $unknowns?: Uint8Array[];
                pool?: (marketchain.amm.v1.Pool.$Properties|null);
                price: string;
                priceLower: string;
                priceUpper: string;
                static create(properties: marketchain.amm.v1.PoolView.$Shape): marketchain.amm.v1.PoolView & marketchain.amm.v1.PoolView.$Shape;
                static create(properties?: marketchain.amm.v1.PoolView.$Properties): marketchain.amm.v1.PoolView;
                static encode(message: marketchain.amm.v1.PoolView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.PoolView & marketchain.amm.v1.PoolView.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.PoolView;
                static toObject(message: marketchain.amm.v1.PoolView, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PoolView {
                interface $Properties {
                    pool?: (marketchain.amm.v1.Pool.$Properties|null);
                    price?: (string|null);
                    priceLower?: (string|null);
                    priceUpper?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.PoolView.$Properties;
            }

            interface IQueryPoolRequest extends marketchain.amm.v1.QueryPoolRequest.$Properties {
            }

            class QueryPoolRequest {
                constructor(properties?: marketchain.amm.v1.QueryPoolRequest.$Properties);
                $unknowns?: Uint8Array[];
                poolId: number;
                static create(properties: marketchain.amm.v1.QueryPoolRequest.$Shape): marketchain.amm.v1.QueryPoolRequest & marketchain.amm.v1.QueryPoolRequest.$Shape;
                static create(properties?: marketchain.amm.v1.QueryPoolRequest.$Properties): marketchain.amm.v1.QueryPoolRequest;
                static encode(message: marketchain.amm.v1.QueryPoolRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.QueryPoolRequest & marketchain.amm.v1.QueryPoolRequest.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.QueryPoolRequest;
                static toObject(message: marketchain.amm.v1.QueryPoolRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPoolRequest {
                interface $Properties {
                    poolId?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.QueryPoolRequest.$Properties;
            }

            interface IQueryPoolResponse extends marketchain.amm.v1.QueryPoolResponse.$Properties {
            }

            class QueryPoolResponse {
                constructor(properties?: marketchain.amm.v1.QueryPoolResponse.$Properties);
                $unknowns?: Uint8Array[];
                pool?: (marketchain.amm.v1.PoolView.$Properties|null);
                static create(properties: marketchain.amm.v1.QueryPoolResponse.$Shape): marketchain.amm.v1.QueryPoolResponse & marketchain.amm.v1.QueryPoolResponse.$Shape;
                static create(properties?: marketchain.amm.v1.QueryPoolResponse.$Properties): marketchain.amm.v1.QueryPoolResponse;
                static encode(message: marketchain.amm.v1.QueryPoolResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.QueryPoolResponse & marketchain.amm.v1.QueryPoolResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.QueryPoolResponse;
                static toObject(message: marketchain.amm.v1.QueryPoolResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPoolResponse {
                interface $Properties {
                    pool?: (marketchain.amm.v1.PoolView.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.QueryPoolResponse.$Properties;
            }

            interface IQueryPoolsRequest extends marketchain.amm.v1.QueryPoolsRequest.$Properties {
            }

            class QueryPoolsRequest {
                constructor(properties?: marketchain.amm.v1.QueryPoolsRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.amm.v1.QueryPoolsRequest.$Shape): marketchain.amm.v1.QueryPoolsRequest & marketchain.amm.v1.QueryPoolsRequest.$Shape;
                static create(properties?: marketchain.amm.v1.QueryPoolsRequest.$Properties): marketchain.amm.v1.QueryPoolsRequest;
                static encode(message: marketchain.amm.v1.QueryPoolsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.QueryPoolsRequest & marketchain.amm.v1.QueryPoolsRequest.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.QueryPoolsRequest;
                static toObject(message: marketchain.amm.v1.QueryPoolsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPoolsRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.QueryPoolsRequest.$Properties;
            }

            interface IQueryPoolsResponse extends marketchain.amm.v1.QueryPoolsResponse.$Properties {
            }

            class QueryPoolsResponse {
                constructor(properties?: marketchain.amm.v1.QueryPoolsResponse.$Properties);
                $unknowns?: Uint8Array[];
                pools: marketchain.amm.v1.PoolView.$Properties[];
                static create(properties: marketchain.amm.v1.QueryPoolsResponse.$Shape): marketchain.amm.v1.QueryPoolsResponse & marketchain.amm.v1.QueryPoolsResponse.$Shape;
                static create(properties?: marketchain.amm.v1.QueryPoolsResponse.$Properties): marketchain.amm.v1.QueryPoolsResponse;
                static encode(message: marketchain.amm.v1.QueryPoolsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.QueryPoolsResponse & marketchain.amm.v1.QueryPoolsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.QueryPoolsResponse;
                static toObject(message: marketchain.amm.v1.QueryPoolsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPoolsResponse {
                interface $Properties {
                    pools?: (marketchain.amm.v1.PoolView.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.QueryPoolsResponse.$Properties;
            }

            interface IQueryPositionRequest extends marketchain.amm.v1.QueryPositionRequest.$Properties {
            }

            class QueryPositionRequest {
                constructor(properties?: marketchain.amm.v1.QueryPositionRequest.$Properties);
                $unknowns?: Uint8Array[];
                positionId: string;
                static create(properties: marketchain.amm.v1.QueryPositionRequest.$Shape): marketchain.amm.v1.QueryPositionRequest & marketchain.amm.v1.QueryPositionRequest.$Shape;
                static create(properties?: marketchain.amm.v1.QueryPositionRequest.$Properties): marketchain.amm.v1.QueryPositionRequest;
                static encode(message: marketchain.amm.v1.QueryPositionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.QueryPositionRequest & marketchain.amm.v1.QueryPositionRequest.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.QueryPositionRequest;
                static toObject(message: marketchain.amm.v1.QueryPositionRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPositionRequest {
                interface $Properties {
                    positionId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.QueryPositionRequest.$Properties;
            }

            interface IQueryPositionResponse extends marketchain.amm.v1.QueryPositionResponse.$Properties {
            }

            class QueryPositionResponse {
                constructor(properties?: marketchain.amm.v1.QueryPositionResponse.$Properties);
                $unknowns?: Uint8Array[];
                position?: (marketchain.amm.v1.Position.$Properties|null);
                amount0: string;
                amount1: string;
                fees0: string;
                fees1: string;
                longTerm: boolean;
                static create(properties: marketchain.amm.v1.QueryPositionResponse.$Shape): marketchain.amm.v1.QueryPositionResponse & marketchain.amm.v1.QueryPositionResponse.$Shape;
                static create(properties?: marketchain.amm.v1.QueryPositionResponse.$Properties): marketchain.amm.v1.QueryPositionResponse;
                static encode(message: marketchain.amm.v1.QueryPositionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.QueryPositionResponse & marketchain.amm.v1.QueryPositionResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.QueryPositionResponse;
                static toObject(message: marketchain.amm.v1.QueryPositionResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPositionResponse {
                interface $Properties {
                    position?: (marketchain.amm.v1.Position.$Properties|null);
                    amount0?: (string|null);
                    amount1?: (string|null);
                    fees0?: (string|null);
                    fees1?: (string|null);
                    longTerm?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.QueryPositionResponse.$Properties;
            }

            interface IQueryPositionsByOwnerRequest extends marketchain.amm.v1.QueryPositionsByOwnerRequest.$Properties {
            }

            class QueryPositionsByOwnerRequest {
                constructor(properties?: marketchain.amm.v1.QueryPositionsByOwnerRequest.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                static create(properties: marketchain.amm.v1.QueryPositionsByOwnerRequest.$Shape): marketchain.amm.v1.QueryPositionsByOwnerRequest & marketchain.amm.v1.QueryPositionsByOwnerRequest.$Shape;
                static create(properties?: marketchain.amm.v1.QueryPositionsByOwnerRequest.$Properties): marketchain.amm.v1.QueryPositionsByOwnerRequest;
                static encode(message: marketchain.amm.v1.QueryPositionsByOwnerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.QueryPositionsByOwnerRequest & marketchain.amm.v1.QueryPositionsByOwnerRequest.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.QueryPositionsByOwnerRequest;
                static toObject(message: marketchain.amm.v1.QueryPositionsByOwnerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPositionsByOwnerRequest {
                interface $Properties {
                    owner?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.QueryPositionsByOwnerRequest.$Properties;
            }

            interface IQueryPositionsByOwnerResponse extends marketchain.amm.v1.QueryPositionsByOwnerResponse.$Properties {
            }

            class QueryPositionsByOwnerResponse {
                constructor(properties?: marketchain.amm.v1.QueryPositionsByOwnerResponse.$Properties);
                $unknowns?: Uint8Array[];
                positions: marketchain.amm.v1.Position.$Properties[];
                static create(properties: marketchain.amm.v1.QueryPositionsByOwnerResponse.$Shape): marketchain.amm.v1.QueryPositionsByOwnerResponse & marketchain.amm.v1.QueryPositionsByOwnerResponse.$Shape;
                static create(properties?: marketchain.amm.v1.QueryPositionsByOwnerResponse.$Properties): marketchain.amm.v1.QueryPositionsByOwnerResponse;
                static encode(message: marketchain.amm.v1.QueryPositionsByOwnerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.QueryPositionsByOwnerResponse & marketchain.amm.v1.QueryPositionsByOwnerResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.QueryPositionsByOwnerResponse;
                static toObject(message: marketchain.amm.v1.QueryPositionsByOwnerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPositionsByOwnerResponse {
                interface $Properties {
                    positions?: (marketchain.amm.v1.Position.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.QueryPositionsByOwnerResponse.$Properties;
            }

            interface IQuerySimulateSwapRequest extends marketchain.amm.v1.QuerySimulateSwapRequest.$Properties {
            }

            class QuerySimulateSwapRequest {
                constructor(properties?: marketchain.amm.v1.QuerySimulateSwapRequest.$Properties);
                $unknowns?: Uint8Array[];
                poolId: number;
                denomIn: string;
                amount: string;
                exactOut: boolean;
                sqrtPriceLimitX96: string;
                static create(properties: marketchain.amm.v1.QuerySimulateSwapRequest.$Shape): marketchain.amm.v1.QuerySimulateSwapRequest & marketchain.amm.v1.QuerySimulateSwapRequest.$Shape;
                static create(properties?: marketchain.amm.v1.QuerySimulateSwapRequest.$Properties): marketchain.amm.v1.QuerySimulateSwapRequest;
                static encode(message: marketchain.amm.v1.QuerySimulateSwapRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.QuerySimulateSwapRequest & marketchain.amm.v1.QuerySimulateSwapRequest.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.QuerySimulateSwapRequest;
                static toObject(message: marketchain.amm.v1.QuerySimulateSwapRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QuerySimulateSwapRequest {
                interface $Properties {
                    poolId?: (number|null);
                    denomIn?: (string|null);
                    amount?: (string|null);
                    exactOut?: (boolean|null);
                    sqrtPriceLimitX96?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.QuerySimulateSwapRequest.$Properties;
            }

            interface IQuerySimulateSwapResponse extends marketchain.amm.v1.QuerySimulateSwapResponse.$Properties {
            }

            class QuerySimulateSwapResponse {
                constructor(properties?: marketchain.amm.v1.QuerySimulateSwapResponse.$Properties);
                $unknowns?: Uint8Array[];
                amountIn: string;
                amountOut: string;
                fee: string;
                executionPrice: string;
                priceBefore: string;
                priceAfter: string;
                priceImpact: string;
                sqrtPriceAfterX96: string;
                static create(properties: marketchain.amm.v1.QuerySimulateSwapResponse.$Shape): marketchain.amm.v1.QuerySimulateSwapResponse & marketchain.amm.v1.QuerySimulateSwapResponse.$Shape;
                static create(properties?: marketchain.amm.v1.QuerySimulateSwapResponse.$Properties): marketchain.amm.v1.QuerySimulateSwapResponse;
                static encode(message: marketchain.amm.v1.QuerySimulateSwapResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.QuerySimulateSwapResponse & marketchain.amm.v1.QuerySimulateSwapResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.QuerySimulateSwapResponse;
                static toObject(message: marketchain.amm.v1.QuerySimulateSwapResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QuerySimulateSwapResponse {
                interface $Properties {
                    amountIn?: (string|null);
                    amountOut?: (string|null);
                    fee?: (string|null);
                    executionPrice?: (string|null);
                    priceBefore?: (string|null);
                    priceAfter?: (string|null);
                    priceImpact?: (string|null);
                    sqrtPriceAfterX96?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.QuerySimulateSwapResponse.$Properties;
            }

            interface IMsgCreatePool extends marketchain.amm.v1.MsgCreatePool.$Properties {
            }

            class MsgCreatePool {
                constructor(properties?: marketchain.amm.v1.MsgCreatePool.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                denom0: string;
                denom1: string;
                price: string;
                priceLower: string;
                priceUpper: string;
                feePips: number;
                betaPpm: number;
                static create(properties: marketchain.amm.v1.MsgCreatePool.$Shape): marketchain.amm.v1.MsgCreatePool & marketchain.amm.v1.MsgCreatePool.$Shape;
                static create(properties?: marketchain.amm.v1.MsgCreatePool.$Properties): marketchain.amm.v1.MsgCreatePool;
                static encode(message: marketchain.amm.v1.MsgCreatePool.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.MsgCreatePool & marketchain.amm.v1.MsgCreatePool.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.MsgCreatePool;
                static toObject(message: marketchain.amm.v1.MsgCreatePool, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCreatePool {
                interface $Properties {
                    sender?: (string|null);
                    denom0?: (string|null);
                    denom1?: (string|null);
                    price?: (string|null);
                    priceLower?: (string|null);
                    priceUpper?: (string|null);
                    feePips?: (number|null);
                    betaPpm?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.MsgCreatePool.$Properties;
            }

            interface IMsgCreatePoolResponse extends marketchain.amm.v1.MsgCreatePoolResponse.$Properties {
            }

            class MsgCreatePoolResponse {
                constructor(properties?: marketchain.amm.v1.MsgCreatePoolResponse.$Properties);
                $unknowns?: Uint8Array[];
                poolId: number;
                static create(properties: marketchain.amm.v1.MsgCreatePoolResponse.$Shape): marketchain.amm.v1.MsgCreatePoolResponse & marketchain.amm.v1.MsgCreatePoolResponse.$Shape;
                static create(properties?: marketchain.amm.v1.MsgCreatePoolResponse.$Properties): marketchain.amm.v1.MsgCreatePoolResponse;
                static encode(message: marketchain.amm.v1.MsgCreatePoolResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.MsgCreatePoolResponse & marketchain.amm.v1.MsgCreatePoolResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.MsgCreatePoolResponse;
                static toObject(message: marketchain.amm.v1.MsgCreatePoolResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCreatePoolResponse {
                interface $Properties {
                    poolId?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.MsgCreatePoolResponse.$Properties;
            }

            interface IMsgSetPoolParams extends marketchain.amm.v1.MsgSetPoolParams.$Properties {
            }

            class MsgSetPoolParams {
                constructor(properties?: marketchain.amm.v1.MsgSetPoolParams.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                poolId: number;
                feePips: number;
                betaPpm: number;
                minLongCommitmentBlocks: number;
                static create(properties: marketchain.amm.v1.MsgSetPoolParams.$Shape): marketchain.amm.v1.MsgSetPoolParams & marketchain.amm.v1.MsgSetPoolParams.$Shape;
                static create(properties?: marketchain.amm.v1.MsgSetPoolParams.$Properties): marketchain.amm.v1.MsgSetPoolParams;
                static encode(message: marketchain.amm.v1.MsgSetPoolParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.MsgSetPoolParams & marketchain.amm.v1.MsgSetPoolParams.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.MsgSetPoolParams;
                static toObject(message: marketchain.amm.v1.MsgSetPoolParams, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetPoolParams {
                interface $Properties {
                    sender?: (string|null);
                    poolId?: (number|null);
                    feePips?: (number|null);
                    betaPpm?: (number|null);
                    minLongCommitmentBlocks?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.MsgSetPoolParams.$Properties;
            }

            interface IMsgSetPoolParamsResponse extends marketchain.amm.v1.MsgSetPoolParamsResponse.$Properties {
            }

            class MsgSetPoolParamsResponse {
                constructor(properties?: marketchain.amm.v1.MsgSetPoolParamsResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.amm.v1.MsgSetPoolParamsResponse.$Shape): marketchain.amm.v1.MsgSetPoolParamsResponse & marketchain.amm.v1.MsgSetPoolParamsResponse.$Shape;
                static create(properties?: marketchain.amm.v1.MsgSetPoolParamsResponse.$Properties): marketchain.amm.v1.MsgSetPoolParamsResponse;
                static encode(message: marketchain.amm.v1.MsgSetPoolParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.MsgSetPoolParamsResponse & marketchain.amm.v1.MsgSetPoolParamsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.MsgSetPoolParamsResponse;
                static toObject(message: marketchain.amm.v1.MsgSetPoolParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetPoolParamsResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.MsgSetPoolParamsResponse.$Properties;
            }

            interface IMsgAddLiquidity extends marketchain.amm.v1.MsgAddLiquidity.$Properties {
            }

            class MsgAddLiquidity {
                constructor(properties?: marketchain.amm.v1.MsgAddLiquidity.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                poolId: number;
                amount0Max: string;
                amount1Max: string;
                commitmentBlocks: number;
                amount0Min: string;
                amount1Min: string;
                static create(properties: marketchain.amm.v1.MsgAddLiquidity.$Shape): marketchain.amm.v1.MsgAddLiquidity & marketchain.amm.v1.MsgAddLiquidity.$Shape;
                static create(properties?: marketchain.amm.v1.MsgAddLiquidity.$Properties): marketchain.amm.v1.MsgAddLiquidity;
                static encode(message: marketchain.amm.v1.MsgAddLiquidity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.MsgAddLiquidity & marketchain.amm.v1.MsgAddLiquidity.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.MsgAddLiquidity;
                static toObject(message: marketchain.amm.v1.MsgAddLiquidity, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAddLiquidity {
                interface $Properties {
                    sender?: (string|null);
                    poolId?: (number|null);
                    amount0Max?: (string|null);
                    amount1Max?: (string|null);
                    commitmentBlocks?: (number|null);
                    amount0Min?: (string|null);
                    amount1Min?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.MsgAddLiquidity.$Properties;
            }

            interface IMsgAddLiquidityResponse extends marketchain.amm.v1.MsgAddLiquidityResponse.$Properties {
            }

            class MsgAddLiquidityResponse {
                constructor(properties?: marketchain.amm.v1.MsgAddLiquidityResponse.$Properties);
                $unknowns?: Uint8Array[];
                positionId: string;
                liquidity: string;
                amount0: string;
                amount1: string;
                unlockHeight: number;
                static create(properties: marketchain.amm.v1.MsgAddLiquidityResponse.$Shape): marketchain.amm.v1.MsgAddLiquidityResponse & marketchain.amm.v1.MsgAddLiquidityResponse.$Shape;
                static create(properties?: marketchain.amm.v1.MsgAddLiquidityResponse.$Properties): marketchain.amm.v1.MsgAddLiquidityResponse;
                static encode(message: marketchain.amm.v1.MsgAddLiquidityResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.MsgAddLiquidityResponse & marketchain.amm.v1.MsgAddLiquidityResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.MsgAddLiquidityResponse;
                static toObject(message: marketchain.amm.v1.MsgAddLiquidityResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAddLiquidityResponse {
                interface $Properties {
                    positionId?: (string|null);
                    liquidity?: (string|null);
                    amount0?: (string|null);
                    amount1?: (string|null);
                    unlockHeight?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.MsgAddLiquidityResponse.$Properties;
            }

            interface IMsgRemoveLiquidity extends marketchain.amm.v1.MsgRemoveLiquidity.$Properties {
            }

            class MsgRemoveLiquidity {
                constructor(properties?: marketchain.amm.v1.MsgRemoveLiquidity.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                positionId: string;
                static create(properties: marketchain.amm.v1.MsgRemoveLiquidity.$Shape): marketchain.amm.v1.MsgRemoveLiquidity & marketchain.amm.v1.MsgRemoveLiquidity.$Shape;
                static create(properties?: marketchain.amm.v1.MsgRemoveLiquidity.$Properties): marketchain.amm.v1.MsgRemoveLiquidity;
                static encode(message: marketchain.amm.v1.MsgRemoveLiquidity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.MsgRemoveLiquidity & marketchain.amm.v1.MsgRemoveLiquidity.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.MsgRemoveLiquidity;
                static toObject(message: marketchain.amm.v1.MsgRemoveLiquidity, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRemoveLiquidity {
                interface $Properties {
                    sender?: (string|null);
                    positionId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.MsgRemoveLiquidity.$Properties;
            }

            interface IMsgRemoveLiquidityResponse extends marketchain.amm.v1.MsgRemoveLiquidityResponse.$Properties {
            }

            class MsgRemoveLiquidityResponse {
                constructor(properties?: marketchain.amm.v1.MsgRemoveLiquidityResponse.$Properties);
                $unknowns?: Uint8Array[];
                amount0: string;
                amount1: string;
                fees0: string;
                fees1: string;
                static create(properties: marketchain.amm.v1.MsgRemoveLiquidityResponse.$Shape): marketchain.amm.v1.MsgRemoveLiquidityResponse & marketchain.amm.v1.MsgRemoveLiquidityResponse.$Shape;
                static create(properties?: marketchain.amm.v1.MsgRemoveLiquidityResponse.$Properties): marketchain.amm.v1.MsgRemoveLiquidityResponse;
                static encode(message: marketchain.amm.v1.MsgRemoveLiquidityResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.MsgRemoveLiquidityResponse & marketchain.amm.v1.MsgRemoveLiquidityResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.MsgRemoveLiquidityResponse;
                static toObject(message: marketchain.amm.v1.MsgRemoveLiquidityResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRemoveLiquidityResponse {
                interface $Properties {
                    amount0?: (string|null);
                    amount1?: (string|null);
                    fees0?: (string|null);
                    fees1?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.MsgRemoveLiquidityResponse.$Properties;
            }

            interface IMsgSwapExactIn extends marketchain.amm.v1.MsgSwapExactIn.$Properties {
            }

            class MsgSwapExactIn {
                constructor(properties?: marketchain.amm.v1.MsgSwapExactIn.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                poolId: number;
                denomIn: string;
                amountIn: string;
                minAmountOut: string;
                sqrtPriceLimitX96: string;
                static create(properties: marketchain.amm.v1.MsgSwapExactIn.$Shape): marketchain.amm.v1.MsgSwapExactIn & marketchain.amm.v1.MsgSwapExactIn.$Shape;
                static create(properties?: marketchain.amm.v1.MsgSwapExactIn.$Properties): marketchain.amm.v1.MsgSwapExactIn;
                static encode(message: marketchain.amm.v1.MsgSwapExactIn.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.MsgSwapExactIn & marketchain.amm.v1.MsgSwapExactIn.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.MsgSwapExactIn;
                static toObject(message: marketchain.amm.v1.MsgSwapExactIn, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSwapExactIn {
                interface $Properties {
                    sender?: (string|null);
                    poolId?: (number|null);
                    denomIn?: (string|null);
                    amountIn?: (string|null);
                    minAmountOut?: (string|null);
                    sqrtPriceLimitX96?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.MsgSwapExactIn.$Properties;
            }

            interface IMsgSwapExactInResponse extends marketchain.amm.v1.MsgSwapExactInResponse.$Properties {
            }

            class MsgSwapExactInResponse {
                constructor(properties?: marketchain.amm.v1.MsgSwapExactInResponse.$Properties);
                $unknowns?: Uint8Array[];
                amountOut: string;
                fee: string;
                amountIn: string;
                static create(properties: marketchain.amm.v1.MsgSwapExactInResponse.$Shape): marketchain.amm.v1.MsgSwapExactInResponse & marketchain.amm.v1.MsgSwapExactInResponse.$Shape;
                static create(properties?: marketchain.amm.v1.MsgSwapExactInResponse.$Properties): marketchain.amm.v1.MsgSwapExactInResponse;
                static encode(message: marketchain.amm.v1.MsgSwapExactInResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.MsgSwapExactInResponse & marketchain.amm.v1.MsgSwapExactInResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.MsgSwapExactInResponse;
                static toObject(message: marketchain.amm.v1.MsgSwapExactInResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSwapExactInResponse {
                interface $Properties {
                    amountOut?: (string|null);
                    fee?: (string|null);
                    amountIn?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.MsgSwapExactInResponse.$Properties;
            }

            interface IMsgSwapExactOut extends marketchain.amm.v1.MsgSwapExactOut.$Properties {
            }

            class MsgSwapExactOut {
                constructor(properties?: marketchain.amm.v1.MsgSwapExactOut.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                poolId: number;
                denomIn: string;
                amountOut: string;
                maxAmountIn: string;
                sqrtPriceLimitX96: string;
                static create(properties: marketchain.amm.v1.MsgSwapExactOut.$Shape): marketchain.amm.v1.MsgSwapExactOut & marketchain.amm.v1.MsgSwapExactOut.$Shape;
                static create(properties?: marketchain.amm.v1.MsgSwapExactOut.$Properties): marketchain.amm.v1.MsgSwapExactOut;
                static encode(message: marketchain.amm.v1.MsgSwapExactOut.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.MsgSwapExactOut & marketchain.amm.v1.MsgSwapExactOut.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.MsgSwapExactOut;
                static toObject(message: marketchain.amm.v1.MsgSwapExactOut, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSwapExactOut {
                interface $Properties {
                    sender?: (string|null);
                    poolId?: (number|null);
                    denomIn?: (string|null);
                    amountOut?: (string|null);
                    maxAmountIn?: (string|null);
                    sqrtPriceLimitX96?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.MsgSwapExactOut.$Properties;
            }

            interface IMsgSwapExactOutResponse extends marketchain.amm.v1.MsgSwapExactOutResponse.$Properties {
            }

            class MsgSwapExactOutResponse {
                constructor(properties?: marketchain.amm.v1.MsgSwapExactOutResponse.$Properties);
                $unknowns?: Uint8Array[];
                amountIn: string;
                fee: string;
                static create(properties: marketchain.amm.v1.MsgSwapExactOutResponse.$Shape): marketchain.amm.v1.MsgSwapExactOutResponse & marketchain.amm.v1.MsgSwapExactOutResponse.$Shape;
                static create(properties?: marketchain.amm.v1.MsgSwapExactOutResponse.$Properties): marketchain.amm.v1.MsgSwapExactOutResponse;
                static encode(message: marketchain.amm.v1.MsgSwapExactOutResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.MsgSwapExactOutResponse & marketchain.amm.v1.MsgSwapExactOutResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.MsgSwapExactOutResponse;
                static toObject(message: marketchain.amm.v1.MsgSwapExactOutResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSwapExactOutResponse {
                interface $Properties {
                    amountIn?: (string|null);
                    fee?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.MsgSwapExactOutResponse.$Properties;
            }

            interface IMsgBundle extends marketchain.amm.v1.MsgBundle.$Properties {
            }

            class MsgBundle {
                constructor(properties?: marketchain.amm.v1.MsgBundle.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                txs: Uint8Array[];
                static create(properties: marketchain.amm.v1.MsgBundle.$Shape): marketchain.amm.v1.MsgBundle & marketchain.amm.v1.MsgBundle.$Shape;
                static create(properties?: marketchain.amm.v1.MsgBundle.$Properties): marketchain.amm.v1.MsgBundle;
                static encode(message: marketchain.amm.v1.MsgBundle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.MsgBundle & marketchain.amm.v1.MsgBundle.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.MsgBundle;
                static toObject(message: marketchain.amm.v1.MsgBundle, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgBundle {
                interface $Properties {
                    sender?: (string|null);
                    txs?: (Uint8Array[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.MsgBundle.$Properties;
            }

            interface IMsgBundleResponse extends marketchain.amm.v1.MsgBundleResponse.$Properties {
            }

            class MsgBundleResponse {
                constructor(properties?: marketchain.amm.v1.MsgBundleResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.amm.v1.MsgBundleResponse.$Shape): marketchain.amm.v1.MsgBundleResponse & marketchain.amm.v1.MsgBundleResponse.$Shape;
                static create(properties?: marketchain.amm.v1.MsgBundleResponse.$Properties): marketchain.amm.v1.MsgBundleResponse;
                static encode(message: marketchain.amm.v1.MsgBundleResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.amm.v1.MsgBundleResponse & marketchain.amm.v1.MsgBundleResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.amm.v1.MsgBundleResponse;
                static toObject(message: marketchain.amm.v1.MsgBundleResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgBundleResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.amm.v1.MsgBundleResponse.$Properties;
            }
        }
    }
}
