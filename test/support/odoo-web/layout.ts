// Jest stand-in for @web/search/layout: Odoo's Layout with its control panel reduced to what the
// dashboard fills: the breadcrumb (the action's name), the slots for buttons and actions, and the content
// (div.o_content with props.className) holding the default slot.
import { Component, xml } from '@odoo/owl';

export class Layout extends Component {
  static override template = xml`
    <div class="o_control_panel">
      <ol class="breadcrumb"><li class="breadcrumb-item active">PostgreSQL Capabilities</li></ol>
      <div class="o_control_panel_main_buttons"><t t-slot="control-panel-create-button"/><t t-slot="layout-buttons"/><t t-slot="control-panel-always-buttons"/></div>
      <div class="o_control_panel_actions"><t t-slot="layout-actions"/></div>
    </div>
    <div class="o_content" t-att-class="props.className"><t t-slot="default"/></div>`;
  static override props = ['*'];
}
