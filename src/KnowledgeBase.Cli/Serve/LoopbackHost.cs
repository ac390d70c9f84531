using Microsoft.AspNetCore.Http;

namespace KnowledgeBase.Cli.Serve;

/// <summary>
/// The host names <c>kb serve</c> answers to. It listens on 127.0.0.1 only, but that does not stop a web page
/// from elsewhere: its site can make its own name resolve to 127.0.0.1 (DNS rebinding), and the browser then
/// lets it read the answers, drafts included. Such a request still names that site in its <c>Host</c>
/// header, so only the loopback names are answered. Any port is accepted: a forwarded port
/// (<c>ssh -L 8080:localhost:4000</c>) arrives with the port the browser used.
/// </summary>
internal static class LoopbackHost
{
    private static readonly string[] Names = ["localhost", "127.0.0.1", "[::1]"];

    public static bool IsAllowed(HostString host) =>
        host.HasValue && Names.Contains(host.Host, StringComparer.OrdinalIgnoreCase);
}
