-- Driven by test/install/neovim.test.ts: Neovim (headless) as a real LSP client of the installed
-- server, configured as the README's Neovim 0.7–0.10 snippet. Results are written as JSON to
-- $KEIYAKU_RESULT. Waits on events (vim.wait with a condition), never for a fixed time.
local server = os.getenv("KEIYAKU_SERVER")
local result_path = os.getenv("KEIYAKU_RESULT")
local mode = os.getenv("KEIYAKU_MODE") or "draft"
local results = {}

-- The README's snippet for Neovim 0.7–0.10, with the installed server's path.
-- (-u NONE leaves filetype detection off; a user's config has it on.)
vim.cmd("filetype on")
-- vim.filetype.add is opt-in on 0.7 (g:do_filetype_lua): an autocmd works on every version.
vim.cmd("autocmd BufRead,BufNewFile *.contract setfiletype contract")
local keiyaku_client = nil
vim.api.nvim_create_autocmd("FileType", {
  pattern = "contract",
  callback = function(args)
    keiyaku_client = keiyaku_client or vim.lsp.start_client({
      name = "keiyaku",
      cmd = { server, "--stdio" },
      root_dir = vim.fn.getcwd(),
      settings = { keiyaku = { mode = mode, validate = "onType" } },
      on_init = function(client)
        -- Older clients do not always answer workspace/configuration; push the settings too.
        client.notify("workspace/didChangeConfiguration", { settings = client.config.settings })
      end,
    })
    vim.lsp.buf_attach_client(args.buf, keiyaku_client)
  end,
})

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function position_of(text)
  local row = vim.fn.search(vim.fn.escape(text, "\\[]"), "w")
  local line = vim.api.nvim_buf_get_lines(0, row - 1, row, false)[1]
  local byte = line:find(text, 1, true)
  local _, utf16 = vim.str_utfindex(line, byte)
  return { line = row - 1, character = utf16 + 1 }
end

local function request(method, params)
  local responses = vim.lsp.buf_request_sync(0, method, params, 20000) or {}
  for _, response in pairs(responses) do
    if response.error then return { error = response.error.message } end
    return { result = response.result }
  end
  return { error = "no response" }
end

local function wait_for_diagnostics(buffer)
  vim.wait(30000, function() return #vim.diagnostic.get(buffer) > 0 end, 20)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buffer)) do
    table.insert(out, { code = code_of(d), severity = d.severity, lnum = d.lnum })
  end
  return out
end

local ok, err = pcall(function()
  -- The template: diagnostics, hover, definition, rename.
  vim.cmd("edit template.contract")
  local template = vim.api.nvim_get_current_buf()
  results.diagnostics = wait_for_diagnostics(template)
  local uri = vim.uri_from_bufnr(template)
  local at = position_of("{賠償上限期間}")
  results.hover = request("textDocument/hover", { textDocument = { uri = uri }, position = at })
  results.definition = request("textDocument/definition", { textDocument = { uri = uri }, position = at })
  results.rename = request("textDocument/rename", { textDocument = { uri = uri }, position = at, newName = "上限期間" })

  -- A contract with an article-numbering finding: its quick fix.
  vim.cmd("edit numbering.contract")
  local numbering = vim.api.nvim_get_current_buf()
  wait_for_diagnostics(numbering)
  local target = nil
  for _, d in ipairs(vim.diagnostic.get(numbering)) do
    if code_of(d) == "structure.article-numbering" then target = d end
  end
  if target then
    local range = {
      start = { line = target.lnum, character = 0 },
      ["end"] = { line = target.lnum, character = 10 },
    }
    results.codeAction = request("textDocument/codeAction", {
      textDocument = { uri = vim.uri_from_bufnr(numbering) },
      range = range,
      context = { diagnostics = {} },
    })
  end

  -- A messy contract: formatting.
  vim.cmd("edit messy.contract")
  local messy = vim.api.nvim_get_current_buf()
  wait_for_diagnostics(messy)
  results.formatting = request("textDocument/formatting", {
    textDocument = { uri = vim.uri_from_bufnr(messy) },
    options = { tabSize = 2, insertSpaces = true },
  })
end)
if not ok then results.failure = tostring(err) end

local file = io.open(result_path, "w")
file:write(vim.fn.json_encode(results))
file:close()
vim.cmd("qa!")
