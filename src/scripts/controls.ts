/**
 * A figure's controls in the browser: the contract the server wrote (data-controls, the chart's
 * controls from its registry entry) and the inputs that carry their values (data-state-key, see
 * src/components/FigureControls.astro). The values are read with the one parser of
 * src/charts/state.ts, like an embed's address.
 */
import { queryState, readState, type Control, type Reader } from '../charts/state.ts';

/** The controls the server declared for this figure. */
export function controlsOf(figure: HTMLElement): Control[] {
  const list: Control[] = JSON.parse(figure.dataset.controls || '[]');
  return list;
}

const inputsFor = (root: Element, key: string) => [...root.querySelectorAll<HTMLInputElement>(`input[data-state-key="${CSS.escape(key)}"]`)];

/**
 * What the inputs hold: a radio group its checked value, check boxes the list of checked values, a
 * slider its value. `served`: what the page's markup set them to (the state the server drew).
 */
export const inputReader =
  (root: Element, served = false): Reader =>
  (key) => {
    const inputs = inputsFor(root, key);
    const on = (i: HTMLInputElement) => (served ? i.defaultChecked : i.checked);
    if (inputs[0]?.type === 'checkbox') return inputs.filter(on).map((i) => i.value);
    if (inputs[0]?.type === 'radio') return inputs.find(on)?.value;
    return served ? inputs[0]?.defaultValue : inputs[0]?.value;
  };

/** The state the figure's controls show. */
export const controlState = (figure: HTMLElement) => readState(controlsOf(figure), inputReader(figure));

/**
 * Whether the controls still show the state the server drew. They may not by the time a chart's
 * code has loaded: a reader's first tap on a control both starts the loading and changes it (its
 * change event comes before anyone listens), and a browser restores form controls on Back. Then
 * the server's drawing must not be adopted (src/scripts/live-chart.ts): it shows another state.
 */
export const showsServedState = (figure: HTMLElement) =>
  JSON.stringify(controlState(figure)) === JSON.stringify(readState(controlsOf(figure), inputReader(figure, true)));

/** Set the inputs (and a slider's printed value) to a state, e.g. one asked for in an embed's address. */
export function showState(root: Element, state: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(state)) {
    for (const input of inputsFor(root, key)) {
      if (input.type === 'range') input.value = String(value);
      else input.checked = Array.isArray(value) ? value.includes(input.value) : input.value === value;
    }
    const output = root.querySelector(`output[data-state-output="${CSS.escape(key)}"]`);
    if (output) output.textContent = String(value);
  }
}

/** The state an embed's address asks for (the one parser, `queryState`), shown on the figure's controls. */
export function addressState(figure: HTMLElement, params: URLSearchParams): Record<string, string | number | string[]> {
  const state = queryState(controlsOf(figure), params);
  showState(figure, state);
  return state;
}
