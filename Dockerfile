# The newsgraph app image (used by docker-compose.yml): Node 20, the sources run through tsx, the
# viewer built at image build time. It talks to the Neo4j named by NEO4J_URI and starts none itself.
FROM node:20-bookworm-slim
WORKDIR /app
RUN chown node:node /app
USER node
# Dependencies first, so source edits do not re-run npm ci. Dev dependencies are needed: tsx runs
# the TypeScript sources and vite builds the viewer.
COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --no-fund --no-audit
COPY --chown=node:node . .
RUN npm run build
ENV NEWSGRAPH_HOME=/app/.cache
EXPOSE 5757
ENTRYPOINT ["node", "bin/newsgraph.js"]
CMD ["serve", "--host", "0.0.0.0"]
