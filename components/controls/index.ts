// Generic, stateless input controls. Each takes its value and an onChange; none owns application state.
export { Button, type ButtonProps } from './Button';
export { Field, type FieldProps } from './Field';
export { MatrixEditor, type MatrixEditorProps } from './MatrixEditor';
export { NumberInput, type NumberInputProps } from './NumberInput';
export {
  type AlsoSet,
  formatParam,
  ParamMatrix,
  ParamNumber,
  ParamSeed,
  ParamSelect,
  ParamSlider,
  ParamToggle,
  ParamVector,
  ParamVectorText,
  useParamSpec,
} from './Param';
export { ProgressBar, type ProgressBarProps } from './ProgressBar';
export { RunButtons, type RunButtonsProps } from './RunButtons';
export { Scrub, type ScrubProps } from './Scrub';
export { Select, type SelectOption, type SelectProps } from './Select';
export { Slider, type SliderProps } from './Slider';
export { Stepper, type StepperProps } from './Stepper';
export { TextField, type TextFieldProps } from './TextField';
export { Toggle, type ToggleProps } from './Toggle';
export { VectorBarEditor, type VectorBarEditorProps } from './VectorBarEditor';
export { VectorTextInput, type VectorTextInputProps } from './VectorTextInput';
