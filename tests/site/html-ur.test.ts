// Every built page of the Urdu edition (dist/ur/) is valid HTML with one h1 and alt text on every
// image; the other pages: html.test.ts.
import { checkHtmlValidity, isUrdu } from '../helpers/html-validity.ts';

checkHtmlValidity('Urdu', isUrdu);
