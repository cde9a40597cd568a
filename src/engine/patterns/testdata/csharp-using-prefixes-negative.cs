// ruleid: net-import
using System.Net;
// ruleid: net-import
using System.Net.Http.Headers;
// ok: net-import
using System.Networking;
// ok: net-import
using Net = System.Net;
// ok: net-import
using System;

class Empty
{
}
