/** @type {import('next').NextConfig} */
const nextConfig = {
  // The server package starts worker threads from its own files and loads its SQLite driver at run
  // time: Next must load it from node_modules rather than bundle it.
  serverExternalPackages: ['@youthchat/server'],
};

export default nextConfig;
