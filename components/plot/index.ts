// The plot kit: a frame with scales, and marks that are functions of data and scales (see README.md).
export { AxisX, AxisY, Frame } from './Axis';
export {
  type ColorScale,
  cssGradient,
  divergingColor,
  mixColor,
  rgbBytes,
  sequentialColor,
  shareColor,
  steppedColor,
  textOn,
} from './color';
export { type Cell, Heatmap, type HeatmapProps } from './Heatmap';
export { useElementSize, useElementWidth } from './hooks';
export {
  type LatticeEdge,
  type LatticeEdgeState,
  LatticeEdges,
  LatticeHeadings,
  type LatticeNode,
  type LatticeNodeState,
  LatticeNodes,
  LatticePlot,
  type LatticePlotProps,
} from './Lattice';
export { RampLegend, type SwatchItem, SwatchLegend } from './Legend';
export {
  DEFAULT_LATTICE_GEOMETRY,
  edgePath,
  edgeWidth,
  type LatticeFrame,
  type LatticeGeometry,
  latticeFrame,
  latticeRow,
} from './latticeLayout';
export { Area, BarX, BarY, type Channel, Dot, Line, Rect, RuleX, RuleY, TextMark } from './marks';
export {
  DEFAULT_MARGIN,
  type Margin,
  Plot,
  type PlotPointer,
  type PlotProps,
  plotHeight,
  usePlot,
} from './Plot';
export { Readout, type ReadoutItem, Tooltip } from './Readout';
export { paintRaster, rasterBytes } from './raster';
export {
  axisTicks,
  createScale,
  formatPowerOfTen,
  paddedLogDomain,
  position,
  type ScaleSpec,
} from './scales';
export { FALLBACK_THEME, type PlotTheme, SERIES, THEME_TOKENS, usePlotTheme } from './theme';
