'use client';

/**
 * Controls bound to the enclosing widget's params schema: `<ParamSlider name="k"/>` reads the label, range,
 * step, scale and unit from `params.ts` and the value from the widget's store, and writes changes back. A
 * parameter is declared once; views only name it. Props may narrow a range to what the data allows
 * (`max={rows}`), never widen it. Naming a parameter the schema lacks (or of the wrong type) throws, which the
 * figure's error card shows.
 */
import type { EnumSpec, IntSpec, NumberSpec, ParamSpec } from '@/components/figure/schema';
import { useWidgetSchema, useWidgetStore, useWidgetStoreApi } from '@/components/figure/store';
import { formatInteger, formatNumber } from '@/lib/format';
import { Button } from './Button';
import styles from './controls.module.css';
import { MatrixEditor, type MatrixEditorProps } from './MatrixEditor';
import { NumberInput } from './NumberInput';
import { Select } from './Select';
import { Slider } from './Slider';
import { sliderScale } from './scale';
import { Toggle } from './Toggle';
import { VectorBarEditor, type VectorBarEditorProps } from './VectorBarEditor';
import { VectorTextInput } from './VectorTextInput';

type Params = Record<string, unknown>;

/**
 * Other parameters an edit changes in the same store update (a preset vector redrawn at a new temperature,
 * say); an entry for the bound parameter itself replaces the edited value (rounded, say).
 */
export type AlsoSet<V> = (value: V) => Params;

/**
 * The declaration of one of the widget's parameters, for a view that builds its own input for it (a text
 * field with its own parsing, say) and still takes the label and limits from the schema.
 */
export function useParamSpec<T extends ParamSpec['type']>(
  name: string,
  types: readonly T[],
): Extract<ParamSpec, { type: T }> {
  return useSpec(name, types, 'useParamSpec');
}

function useSpec<T extends ParamSpec['type']>(
  name: string,
  types: readonly T[],
  control: string,
): Extract<ParamSpec, { type: T }> {
  const spec = useWidgetSchema()[name];
  if (!spec || !(types as readonly string[]).includes(spec.type)) {
    throw new Error(
      `<${control} name="${name}">: the widget has no ${types.join(' or ')} parameter of that name.`,
    );
  }
  return spec as Extract<ParamSpec, { type: T }>;
}

function useBound<V>(name: string, alsoSet?: AlsoSet<V>): [V, (value: V) => void] {
  const store = useWidgetStoreApi<Params>();
  const value = useWidgetStore<Params, V>((s) => s.params[name] as V);
  const set = (v: V) =>
    alsoSet ? store.getState().setParams({ [name]: v, ...alsoSet(v) }) : store.getState().setParam(name, v);
  return [value, set];
}

/** The readout of a numeric parameter: grouped integers, `digits` significant digits, and the unit. */
export function formatParam(spec: IntSpec | NumberSpec, value: number): string {
  const text =
    spec.type === 'int' && spec.scale !== 'log'
      ? formatInteger(value)
      : formatNumber(value, { digits: spec.type === 'number' ? (spec.digits ?? 3) : 4 });
  return spec.unit ? `${text} ${spec.unit}` : text;
}

interface BoundProps {
  /** The parameter's name in the widget's schema. */
  name: string;
  disabled?: boolean;
  hideLabel?: boolean;
  className?: string;
}

/** A slider for an int or number parameter (log scale when the schema says so). */
export function ParamSlider({
  name,
  min,
  max,
  maxMeansAll,
  format,
  alsoSet,
  ...rest
}: BoundProps & {
  /** A tighter bound the data imposes (clamped into the schema's range). */
  min?: number;
  max?: number;
  /**
   * The thumb at the data's `max` stores the schema's max, which the widget reads as "all of it" (a full
   * batch), so the choice outlives a change of data.
   */
  maxMeansAll?: boolean;
  /** The readout, when the unit and digits of the schema do not say enough. */
  format?: (value: number) => string;
  alsoSet?: AlsoSet<number>;
}) {
  const spec = useSpec(name, ['int', 'number'], 'ParamSlider');
  const [value, setValue] = useBound<number>(name, alsoSet);
  const scale = sliderScale(spec, { min, max });
  return (
    <Slider
      label={spec.label}
      value={scale.toPosition(value)}
      min={scale.min}
      max={scale.max}
      step={scale.step}
      onChange={(p) => {
        const next = maxMeansAll && p >= scale.max ? spec.max : scale.toValue(p);
        if (!Object.is(next, value)) setValue(next);
      }}
      format={() => (format ?? ((v: number) => formatParam(spec, v)))(value)}
      {...rest}
    />
  );
}

/** A typed number for an int or number parameter, checked against the schema's range. */
export function ParamNumber({
  name,
  min,
  max,
  alsoSet,
  ...rest
}: BoundProps & { min?: number; max?: number; alsoSet?: AlsoSet<number> }) {
  const spec = useSpec(name, ['int', 'number'], 'ParamNumber');
  const [value, setValue] = useBound<number>(name, alsoSet);
  return (
    <NumberInput
      label={spec.label}
      value={value}
      min={Math.max(spec.min, min ?? spec.min)}
      max={Math.min(spec.max, max ?? spec.max)}
      step={spec.step ?? 1}
      integer={spec.type === 'int'}
      onChange={setValue}
      {...rest}
    />
  );
}

/**
 * A seeded widget's seed: the typed field of an int parameter and, beside it, a button that moves to the next
 * seed — by default seed + 1, back to the schema's minimum after its maximum; `next` picks another rule.
 * The button's `alsoSet` changes other parameters with it (clearing edits drawn from the old seed, say).
 * @example <ParamSeed button="Reseed W" alsoSet={() => ({ W: [] })} />
 */
export function ParamSeed({
  name = 'seed',
  button = 'New seed',
  next,
  alsoSet,
}: {
  name?: string;
  button?: string;
  next?: (seed: number, spec: IntSpec) => number;
  alsoSet?: AlsoSet<number>;
}) {
  const spec = useSpec(name, ['int'], 'ParamSeed');
  const [value, setValue] = useBound<number>(name, alsoSet);
  const following = next ?? ((seed: number) => (seed >= spec.max ? spec.min : seed + 1));
  return (
    <div className={styles.seedRow}>
      <ParamNumber name={name} />
      <Button onClick={() => setValue(following(value, spec))}>{button}</Button>
    </div>
  );
}

/** A select for an enum parameter, with the option labels the schema declares. */
export function ParamSelect({
  name,
  only,
  alsoSet,
  ...rest
}: BoundProps & {
  /** Offer only these options (those the current data allows). */
  only?: readonly string[];
  alsoSet?: AlsoSet<string>;
}) {
  const spec = useSpec(name, ['enum'], 'ParamSelect') as EnumSpec;
  const [value, setValue] = useBound<string>(name, alsoSet);
  const options = spec.options
    .filter((o) => !only || only.includes(o) || o === value)
    .map((o) => ({ value: o, label: spec.optionLabels?.[o] ?? o }));
  return <Select label={spec.label} value={value} options={options} onChange={setValue} {...rest} />;
}

/** An on/off switch for a boolean parameter. */
export function ParamToggle({
  name,
  forced,
  ...rest
}: BoundProps & {
  /** Shown (and locked) instead of the stored value while the other parameters force it. */
  forced?: boolean;
}) {
  const spec = useSpec(name, ['boolean'], 'ParamToggle');
  const [value, setValue] = useBound<boolean>(name);
  return (
    <Toggle
      label={spec.label}
      checked={forced ?? value}
      onChange={setValue}
      {...rest}
      disabled={rest.disabled || forced !== undefined}
    />
  );
}

/** A grid editor for a matrix parameter: its label, entry range, size limit and digits from the schema. */
export function ParamMatrix({
  name,
  alsoSet,
  ...rest
}: BoundProps &
  Pick<MatrixEditorProps, 'rowLabels' | 'colLabels' | 'allowResize'> & {
    /**
     * Other parameters an edit changes in the same update (a rank kept within the new size, labels that fit
     * only one shape); an entry for `name` itself replaces the edited rows (rounded, say).
     */
    alsoSet?: AlsoSet<number[][]>;
  }) {
  const spec = useSpec(name, ['matrix'], 'ParamMatrix');
  const [value, setValue] = useBound<number[][]>(name, alsoSet);
  return (
    <MatrixEditor
      label={spec.label}
      value={value}
      onChange={setValue}
      min={spec.min}
      max={spec.max}
      maxRows={spec.maxRows}
      maxCols={spec.maxCols}
      digits={spec.digits}
      {...rest}
    />
  );
}

/**
 * Draggable bars for a vector parameter: its label and entry range from the schema (`min`/`max` may narrow the
 * range to what the data needs, e.g. no room below 0 for a non-negative vector).
 */
export function ParamVector({
  name,
  min,
  max,
  alsoSet,
  ...rest
}: BoundProps &
  Pick<VectorBarEditorProps, 'step' | 'height' | 'barLabels' | 'format'> & {
    min?: number;
    max?: number;
    alsoSet?: AlsoSet<number[]>;
  }) {
  const spec = useSpec(name, ['vector'], 'ParamVector');
  const [value, setValue] = useBound<number[]>(name, alsoSet);
  return (
    <VectorBarEditor
      label={spec.label}
      values={value}
      onChange={setValue}
      min={Math.max(spec.min ?? Number.NEGATIVE_INFINITY, min ?? spec.min ?? 0)}
      max={Math.min(spec.max ?? Number.POSITIVE_INFINITY, max ?? spec.max ?? 1)}
      {...rest}
    />
  );
}

/**
 * A vector parameter typed as text (`0.25, 0.5, 1`), checked against the schema's length and entry range,
 * which the hint under the field states.
 */
export function ParamVectorText({
  name,
  label = 'Type the entries',
  alsoSet,
  ...rest
}: BoundProps & { label?: string; alsoSet?: AlsoSet<number[]> }) {
  const spec = useSpec(name, ['vector'], 'ParamVectorText');
  const [value, setValue] = useBound<number[]>(name, alsoSet);
  const limits = {
    minLength: spec.minLength,
    maxLength: spec.maxLength,
    min: spec.min ?? Number.NEGATIVE_INFINITY,
    max: spec.max ?? Number.POSITIVE_INFINITY,
  };
  return <VectorTextInput label={label} values={value} limits={limits} onChange={setValue} {...rest} />;
}
