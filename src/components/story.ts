/** The components a chapter's MDX may use, passed to <Content components>. */
import Cite from './Cite.astro';
import Stat from './Stat.astro';
import Term from './Term.astro';
import Figure from './Figure.astro';
import Scrolly from './Scrolly.astro';
import Step from './Step.astro';
import AuditCounts from './AuditCounts.astro';

export const storyComponents = { Cite, Stat, Term, Figure, Scrolly, Step, AuditCounts };
