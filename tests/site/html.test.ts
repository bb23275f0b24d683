// Every built page of the English edition (and the site's own pages: 404, home, embeds) is valid
// HTML with one h1 and alt text on every image; the Urdu pages: html-ur.test.ts.
import { checkHtmlValidity, isUrdu } from '../helpers/html-validity.ts';

checkHtmlValidity('English', (file) => !isUrdu(file));
