using System.Net.Sockets;
using Other = Vendor.Net;

class Sender
{
    void Run()
    {
        // ruleid: net-client-call
        Client.Send(packet);
        // ok: net-client-call
        Client.Receive(packet);
    }
}
