<?php

$page = $_GET['page'];

// ruleid: dynamic-include
include($page);
// ruleid: dynamic-include
include_once $page;
// ruleid: dynamic-include
require 'pages/' . $page;
// ok: dynamic-include
require_once('config.php');
// ok: dynamic-include
render($page);

// ruleid: require-once-call, dynamic-include
require_once __DIR__ . "/templates.php";
// ruleid: require-once-call, dynamic-include
require_once(BASE . "/templates.php");
// ruleid: dynamic-include
// ok: require-once-call
require BASE . "/templates.php";
// ok: require-once-call
$other = render(BASE . "/templates.php");
