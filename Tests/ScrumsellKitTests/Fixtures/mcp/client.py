"""Drives `scrumsell mcp` with the official Python MCP SDK as a real client.

Usage: client.py SCRUMSELL WORKSPACE. Prints one JSON object with what the server answered;
MCPServerTests checks it.
"""
import asyncio
import json
import sys

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
try:  # the SDK's 2.x name
    from mcp.shared.exceptions import MCPError as McpError
except ImportError:  # 1.x
    from mcp.shared.exceptions import McpError


def schema(tool):
    return getattr(tool, "inputSchema", None) or getattr(tool, "input_schema")


async def main(binary, workspace):
    params = StdioServerParameters(command=binary, args=["mcp", "-w", workspace, "--as-of", "2026-11-20"])
    out = {}
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            init = await session.initialize()
            info = getattr(init, "serverInfo", None) or getattr(init, "server_info")
            out["server"] = info.name
            tools = await session.list_tools()
            out["tools"] = {tool.name: {"required": schema(tool).get("required", []),
                                        "properties": sorted(schema(tool).get("properties", {})),
                                        "read_only": getattr(tool.annotations, "readOnlyHint", getattr(tool.annotations, "read_only_hint", None))}
                            for tool in tools.tools}
            check = await session.call_tool("check", {})
            out["check"] = json.loads(check.content[0].text)
            report = await session.call_tool("report", {"owner": "sofia", "no_history": True})
            out["report"] = json.loads(report.content[0].text)
            deals = await session.call_tool("deals", {"sort": "value"})
            out["deals"] = json.loads(deals.content[0].text)
            show = await session.call_tool("show", {"deal": "vandam-dairy", "no_history": True})
            out["show"] = json.loads(show.content[0].text)
            dry = await session.call_tool("touch", {"deal": "rijnmond-haulage", "note": "Karin: the scorecard comes Monday"})
            out["touch_dry"] = dry.content[0].text
            with open(workspace + "/deals/rijnmond-haulage.md") as f:
                out["file_after_dry"] = f.read()
            applied = await session.call_tool("touch", {"deal": "rijnmond-haulage", "note": "Karin: the scorecard comes Monday",
                                                        "apply": True})
            out["touch_applied"] = applied.content[0].text
            with open(workspace + "/deals/rijnmond-haulage.md") as f:
                out["file_after_apply"] = f.read()
            errors = {}
            for name, arguments in [("touch", {"deal": "rijnmond"}), ("touch", {"deal": "nowhere"}),
                                    ("touch", {}), ("board", {"sprint": "2026-s99"}), ("stage", {"deal": "polder-bakeries", "stage": "evaluate"}),
                                    ("check", {"as_of": "yesterday"}), ("check", {"deal": "x"}), ("nope", {})]:
                try:
                    result = await session.call_tool(name, arguments)
                    errors[name + json.dumps(arguments, sort_keys=True)] = {"result": result.content[0].text, "isError": getattr(result, "is_error", None) if hasattr(result, "is_error") else getattr(result, "isError", None)}
                except McpError as error:
                    errors[name + json.dumps(arguments, sort_keys=True)] = {"code": error.error.code, "message": error.error.message}
            out["errors"] = errors
            resources = await session.list_resources()
            out["resources"] = [str(resource.uri) for resource in resources.resources]
            content = await session.read_resource("scrumsell://deals/kade-transport.md")
            out["resource_text"] = content.contents[0].text
            out["resource_mime"] = getattr(content.contents[0], "mimeType", None) or getattr(content.contents[0], "mime_type", None)
            prompts = await session.list_prompts()
            out["prompts"] = sorted(prompt.name for prompt in prompts.prompts)
            review = await session.get_prompt("deal_review", {"deal": "kade-transport"})
            out["deal_review"] = review.messages[0].content.text
            # Still serving after every error above.
            again = await session.call_tool("check", {"as_of": "2026-11-21"})
            out["check_again_as_of"] = json.loads(again.content[0].text)["as_of"]
    print(json.dumps(out, sort_keys=True))


asyncio.run(main(sys.argv[1], sys.argv[2]))
