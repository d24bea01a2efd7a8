import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { serializeSelection } from '@/lib/artifact/serialize-selection';

// Injected into the teacher's tab (activeTab, isolated world) when they choose "Use as final artifact":
// returns their selection as text and Markdown. The value of main() is what scripting.executeScript returns.
export default defineUnlistedScript(() => serializeSelection(window.getSelection(), document));
