// TypeDoc plugin: the API reference grouped by layer, as the guides are
// (model, core, scale, progress, rollup, analysis, rhythm, alignment, ops,
// report; testing for sokr/testing). Each exported declaration gets a
// `@group` named after the folder of src/ it is declared in, unless its
// comment names a group itself. Internals stay out (`@internal`, excludeInternal).
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';

/** Folder of src/ → group title, in the order of the layers. */
export const LAYER_GROUPS = {
  model: 'Model',
  core: 'Core',
  scale: 'Scale',
  progress: 'Progress',
  rollup: 'Rollup',
  analysis: 'Analysis',
  rhythm: 'Rhythm',
  alignment: 'Alignment',
  ops: 'Operations',
  report: 'Report',
  testing: 'Testing',
  cli: 'CLI',
};

/** @param {import('typedoc').Application} app */
export function load(app) {
  /** @type {Map<import('typedoc').DeclarationReflection, string>} */
  const layerOf = new Map();
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    const parent = reflection.parent;
    if (parent === undefined || !parent.kindOf(ReflectionKind.Project | ReflectionKind.Module)) {
      return;
    }
    const symbol = context.getSymbolFromReflection(reflection);
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName.replaceAll('\\', '/');
    const folder = file === undefined ? undefined : /\/src\/([^/]+)\//.exec(file)?.[1];
    const group = folder === undefined ? undefined : LAYER_GROUPS[folder];
    if (group !== undefined) layerOf.set(reflection, group);
  });
  // Before the GroupPlugin (priority -100) builds the groups.
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    () => {
      for (const [reflection, group] of layerOf) {
        const comment = (reflection.comment ??= new Comment());
        if (comment.blockTags.some((tag) => tag.tag === '@group')) continue;
        comment.blockTags.push(new CommentTag('@group', [{ kind: 'text', text: group }]));
      }
      layerOf.clear();
    },
    100,
  );
}
