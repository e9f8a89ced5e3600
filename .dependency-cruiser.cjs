/**
 * The house's one direction, checked in the test run (`npm run check:layers`). From the ground up:
 * core → protocol → bridge, skills/sdk → skills → speech, hardware → config → robot → panel, admin → app.
 * A room may import its own files and any room below it, never one above or beside it, and nothing
 * may import in a circle.
 */
const above = (...rooms) => `^(${rooms.join('|')})/`;
const TOP = ['app', 'scripts', 'test'];

const layer = (name, from, forbidden, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: above(...forbidden, ...TOP) },
});

module.exports = {
  forbidden: [
    layer('core-is-the-ground', '^core/', ['protocol', 'bridge', 'skills', 'speech', 'hardware', 'robot', 'panel', 'admin', 'config'], 'core imports nothing of the house'),
    layer('protocol-is-wire-only', '^protocol/', ['bridge', 'skills', 'speech', 'hardware', 'robot', 'panel', 'admin', 'config'], 'the wire protocol sits on core alone'),
    layer('bridge-stands-alone', '^bridge/', ['skills', 'speech', 'hardware', 'robot', 'panel', 'admin', 'config'], 'the standalone bridge carries no robot, skill or panel code'),
    layer('sdk-below-skills', '^skills/sdk/', ['bridge', 'skills/builtin', 'skills/common', 'speech', 'hardware', 'robot', 'panel', 'admin', 'config'], 'the skill SDK knows the protocol, not the bridge or the robot'),
    layer('skills-talk-through-the-protocol', '^skills/', ['bridge', 'speech', 'hardware', 'robot', 'panel', 'admin', 'config'], 'skills get data through the protocol, never from the bridge or the robot'),
    layer('voice-and-body-are-leaves', '^(speech|hardware)/', ['protocol', 'bridge', 'skills', 'robot', 'panel', 'admin', 'config'], 'speech and hardware know only core'),
    layer('config-below-the-runtime', '^config/', ['robot', 'panel', 'admin'], 'the config schema describes settings; it runs nothing'),
    layer('robot-below-panel', '^robot/', ['panel', 'admin'], 'the robot runtime does not know the panel or the admin API'),
    layer('panel-below-app', '^panel/', ['admin'], 'the panel is wired by the program (app/), not the other way round'),
    layer('admin-below-app', '^admin/', ['panel'], "IT's admin API stands beside the panel, wired by the program"),
    {
      name: 'no-circular',
      comment: 'no module may reach itself through its imports',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/|(^|/)test/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
