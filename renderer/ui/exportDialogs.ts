/**
 * Publish: the image export dialog (PNG, JPEG, SVG, PDF; view or whole graph; scale; background; title;
 * legend) and the data export dialog (graph JSON, GEXF, GraphML, CSV; whole graph or current view).
 */
import type { Controller } from '../app/controller';
import type { ExportFormat } from '../../electron/ipc/contract';
import { CANVAS_THEMES } from '../graph/style';
import { exportRaster, planRaster } from '../export/image';
import { exportPdf, exportSvg } from '../export/vector';
import { exportFileName, EXPORT_SCALES } from '../export/size';
import { saveBlob, type SaveOutcome } from '../export/save';
import { currentLegend } from './canvasOverlays';
import { formatCount, h, plural, replaceChildren } from './dom';
import { openDialog, radioGroup } from './dialog';

type ImageFormat = 'png' | 'jpeg' | 'svg' | 'pdf';

interface ImageChoice {
  format: ImageFormat;
  region: 'view' | 'full';
  scale: number;
  transparent: boolean;
  title: string;
  legend: boolean;
}

/** Remembered between openings within a session. */
let lastImage: ImageChoice = {
  format: 'png',
  region: 'view',
  scale: 2,
  transparent: false,
  title: '',
  legend: true,
};

const EXTENSIONS: Record<ImageFormat, string> = { png: 'png', jpeg: 'jpg', svg: 'svg', pdf: 'pdf' };

function describeOutcome(outcome: SaveOutcome, filename: string): string | null {
  if (outcome.kind === 'cancelled') return null;
  if (outcome.kind === 'saved') return `Saved ${outcome.path ?? filename}.`;
  return `Downloaded ${filename}.`;
}

export function openImageExport(ctl: Controller): void {
  if (!ctl.model() || ctl.shown().nodes.size === 0) {
    ctl.actions.notify('There is nothing to export: load a graph and show at least one entity.');
    return;
  }
  const choice: ImageChoice = { ...lastImage };
  const preview = h('p', { class: 'export-preview', attrs: { id: 'export-size', 'aria-live': 'polite' } });
  const error = h('p', { class: 'form-error', attrs: { role: 'alert' } });
  const controls = h('div', { class: 'form-grid' });
  const exportButton = h('button', {
    class: 'btn btn-primary',
    text: 'Export',
    attrs: { type: 'submit', id: 'export-image-go' },
  });

  const raster = () => choice.format === 'png' || choice.format === 'jpeg';
  const render = () => {
    const transparentAllowed = choice.format === 'png' || choice.format === 'svg';
    if (!transparentAllowed) choice.transparent = false;
    const titleInput = h('input', {
      attrs: {
        type: 'text',
        id: 'export-title',
        value: choice.title,
        placeholder: 'e.g. Who threatens whom on the border',
        maxlength: 140,
      },
      on: { input: () => ((choice.title = titleInput.value), updatePreview()) },
    });
    const legendBox = h('input', {
      attrs: { type: 'checkbox', id: 'export-legend', checked: choice.legend },
      on: { change: () => ((choice.legend = legendBox.checked), updatePreview()) },
    });
    replaceChildren(controls, [
      radioGroup<ImageFormat>(
        'export-format',
        'Format',
        [
          { value: 'png', label: 'PNG' },
          { value: 'jpeg', label: 'JPEG' },
          { value: 'svg', label: 'SVG (vector)' },
          { value: 'pdf', label: 'PDF (vector)' },
        ],
        choice.format,
        (v) => ((choice.format = v), render()),
      ),
      radioGroup<'view' | 'full'>(
        'export-region',
        'Area',
        [
          { value: 'view', label: 'Current view' },
          { value: 'full', label: 'Whole graph' },
        ],
        choice.region,
        (v) => ((choice.region = v), updatePreview()),
      ),
      raster()
        ? radioGroup<string>(
            'export-scale',
            'Resolution',
            EXPORT_SCALES.map((s) => ({ value: String(s), label: `${s}×` })),
            String(choice.scale),
            (v) => ((choice.scale = Number(v)), updatePreview()),
          )
        : null,
      radioGroup<'solid' | 'transparent'>(
        'export-bg',
        'Background',
        [
          { value: 'solid', label: 'Solid' },
          { value: 'transparent', label: 'Transparent', disabled: !transparentAllowed },
        ],
        choice.transparent ? 'transparent' : 'solid',
        (v) => (choice.transparent = v === 'transparent'),
      ),
      h('div', { class: 'field' }, [
        h('label', { attrs: { for: 'export-title' }, text: 'Title (optional)' }),
        titleInput,
      ]),
      h('div', { class: 'check-row' }, [
        legendBox,
        h('label', { attrs: { for: 'export-legend' }, text: 'Include the legend' }),
      ]),
    ]);
    updatePreview();
  };

  const updatePreview = () => {
    error.textContent = '';
    const legend = choice.legend ? currentLegend(ctl) : undefined;
    if (!raster()) {
      preview.textContent =
        choice.format === 'svg'
          ? 'Vector drawing with labels and legend: sharp at any size, editable in Illustrator or Inkscape.'
          : 'One vector page, ready to print or to attach to a report.';
      return;
    }
    try {
      const plan = planRaster(ctl.view.cy, {
        scale: choice.scale,
        region: choice.region,
        title: choice.title,
        legend,
      });
      preview.textContent = `Output: ${formatCount(plan.width)} × ${formatCount(plan.height)} px${plan.message ? ` — ${plan.message}` : ''}`;
      preview.dataset.width = String(plan.width);
      preview.dataset.height = String(plan.height);
    } catch (e) {
      preview.textContent = '';
      error.textContent = e instanceof Error ? e.message : String(e);
    }
  };

  const form = h('form', { class: 'export-form', attrs: { method: 'dialog' } }, [controls, preview, error]);
  const run = async () => {
    lastImage = { ...choice };
    exportButton.disabled = true;
    exportButton.textContent = 'Exporting…';
    const theme = CANVAS_THEMES[ctl.store.get().settings.theme];
    const background = choice.transparent ? null : theme.background;
    const legend = choice.legend ? currentLegend(ctl) : undefined;
    const title = choice.title.trim() || undefined;
    const filename = exportFileName(title, EXTENSIONS[choice.format]);
    try {
      let blob: Blob;
      let note = '';
      if (raster()) {
        const result = await ctl.view.withExportStyle(
          () =>
            exportRaster(ctl.view.cy, {
              format: choice.format as 'png' | 'jpeg',
              scale: choice.scale,
              region: choice.region,
              background,
              title,
              legend,
              textColor: theme.text,
            }),
          { region: choice.region },
        );
        blob = result.blob;
        note = ` (${formatCount(result.width)} × ${formatCount(result.height)} px)${result.message ? ` ${result.message}` : ''}`;
      } else if (choice.format === 'svg') {
        const { svg } = exportSvg(ctl.view.cy, {
          region: choice.region,
          background,
          title,
          legend,
          text: theme.text,
          labelPlate: theme.labelPlate,
        });
        blob = new Blob([svg], { type: 'image/svg+xml' });
      } else {
        blob = await exportPdf(ctl.view.cy, {
          region: choice.region,
          background,
          title,
          legend,
          text: theme.text,
          labelPlate: theme.labelPlate,
        });
      }
      const outcome = await saveBlob(ctl.api, ctl.mode, blob, filename);
      dialog.close();
      const message = describeOutcome(outcome, filename);
      if (message) ctl.actions.notify(message + note);
    } catch (e) {
      error.textContent = `The export failed: ${e instanceof Error ? e.message : String(e)}`;
      exportButton.disabled = false;
      exportButton.textContent = 'Export';
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  exportButton.setAttribute('form', 'export-image-form');
  form.id = 'export-image-form';
  const dialog = openDialog(
    'Export image',
    [form],
    [
      h('button', {
        class: 'btn',
        text: 'Cancel',
        attrs: { type: 'button' },
        on: { click: () => dialog.close() },
      }),
      exportButton,
    ],
    { id: 'export-image' },
  );
  render();
}

const DATA_FORMATS: Array<{ value: ExportFormat; label: string; hint: string }> = [
  { value: 'json', label: 'Graph JSON', hint: 'Plexus / graphology format: reopen it here later.' },
  { value: 'gexf', label: 'GEXF', hint: 'For Gephi.' },
  { value: 'graphml', label: 'GraphML', hint: 'For Cytoscape desktop, yEd, NetworkX.' },
  { value: 'csv', label: 'CSV', hint: 'Nodes and edges tables with evidence, for spreadsheets.' },
];

let lastData: { format: ExportFormat; scope: 'all' | 'view' } = { format: 'json', scope: 'all' };

export function openDataExport(ctl: Controller): void {
  const model = ctl.model();
  if (!model) {
    ctl.actions.notify('There is no graph to export yet.');
    return;
  }
  const choice = { ...lastData };
  const shown = ctl.shown();
  const hint = h('p', { class: 'hint' });
  const error = h('p', { class: 'form-error', attrs: { role: 'alert' } });
  const go = h('button', {
    class: 'btn btn-primary',
    text: 'Export',
    attrs: { type: 'button', id: 'export-data-go' },
  });
  const updateHint = () => (hint.textContent = DATA_FORMATS.find((f) => f.value === choice.format)!.hint);
  const body = [
    radioGroup<ExportFormat>(
      'data-format',
      'Format',
      DATA_FORMATS.map(({ value, label }) => ({ value, label })),
      choice.format,
      (v) => ((choice.format = v), updateHint()),
    ),
    hint,
    radioGroup<'all' | 'view'>(
      'data-scope',
      'Content',
      [
        { value: 'all', label: `Whole graph (${plural(model.graph.order, 'entity', 'entities')})` },
        { value: 'view', label: `Current view (${plural(shown.nodes.size, 'entity', 'entities')})` },
      ],
      choice.scope,
      (v) => (choice.scope = v),
    ),
    error,
  ];
  updateHint();
  go.addEventListener('click', async () => {
    lastData = { ...choice };
    go.disabled = true;
    go.textContent = 'Exporting…';
    try {
      const files = await ctl.api.exportGraph({
        format: choice.format,
        nodes: choice.scope === 'view' ? [...ctl.shown().nodes] : undefined,
      });
      const messages: string[] = [];
      for (const file of files) {
        const outcome = await saveBlob(
          ctl.api,
          ctl.mode,
          new Blob([file.content], { type: file.mime }),
          file.filename,
        );
        const message = describeOutcome(outcome, file.filename);
        if (message) messages.push(message);
      }
      dialog.close();
      if (messages.length) ctl.actions.notify(messages.join(' '));
    } catch (e) {
      error.textContent = `The export failed: ${e instanceof Error ? e.message : String(e)}`;
      go.disabled = false;
      go.textContent = 'Export';
    }
  });
  const dialog = openDialog(
    'Export data',
    body,
    [
      h('button', {
        class: 'btn',
        text: 'Cancel',
        attrs: { type: 'button' },
        on: { click: () => dialog.close() },
      }),
      go,
    ],
    { id: 'export-data' },
  );
}
