// Sigma's arrow edges (a line clamped at the target's border, then an arrow head) with ONE WebGL program
// instead of sigma's EdgeArrowProgram, a compound of two (EdgeClampedProgram + EdgeArrowHeadProgram).
// Same shader code and the same draw order (every line first, then every head: two draw calls of the
// same program), so the same picture; but in software WebGL (SwiftShader, headless Chromium) each
// program drawn pays a pipeline compile on a page's first frame (0.1–0.2 s for the second
// program, measured as CPU time of the page load). Own code because sigma has no single-program arrow.
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { EdgeProgram } from 'sigma/rendering';
import type { ProgramInfo } from 'sigma/rendering';
import { floatColor } from 'sigma/utils';

/** Sigma's defaults for arrow heads (DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS). */
const LENGTH_TO_THICKNESS = 2.5;
const WIDENESS_TO_THICKNESS = 2;
const LINE_VERTICES = 6;
const HEAD_VERTICES = 3;

const UNIFORMS = [
  'u_matrix',
  'u_zoomRatio',
  'u_sizeRatio',
  'u_correctionRatio',
  'u_pixelRatio',
  'u_feather',
  'u_minEdgeThickness',
  'u_lengthToThicknessRatio',
  'u_widenessToThicknessRatio',
] as const;
type Uniform = (typeof UNIFORMS)[number];

// language=GLSL
const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_radius;
// Per vertex: 0 = line, 1 = head; the line's coefficients; the head's barycentric coordinates.
attribute float a_head;
attribute vec3 a_lineCoefs;
attribute vec3 a_barycentric;

uniform mat3 u_matrix;
uniform float u_zoomRatio;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_lengthToThicknessRatio;
uniform float u_widenessToThicknessRatio;
uniform float u_feather;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_head;

const float bias = 255.0 / 254.0;

void main() {
  if (a_head < 0.5) {
    // sigma's edge.clamped.vert.glsl
    float radius = a_radius * a_lineCoefs.z;
    vec2 normal = a_normal * a_lineCoefs.y;
    vec2 position = a_positionStart * (1.0 - a_lineCoefs.x) + a_positionEnd * a_lineCoefs.x;
    float normalLength = length(normal);
    vec2 unitNormal = normal / normalLength;
    float pixelsThickness = max(normalLength, u_minEdgeThickness * u_sizeRatio);
    float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;
    float direction = sign(radius);
    float webGLNodeRadius = direction * radius * 2.0 * u_correctionRatio / u_sizeRatio;
    float webGLArrowHeadLength = webGLThickness * u_lengthToThicknessRatio * 2.0;
    vec2 compensationVector = vec2(-direction * unitNormal.y, direction * unitNormal.x) * (webGLNodeRadius + webGLArrowHeadLength);
    gl_Position = vec4((u_matrix * vec3(position + unitNormal * webGLThickness + compensationVector, 1)).xy, 0, 1);
    v_thickness = webGLThickness / u_zoomRatio;
    v_normal = unitNormal;
  } else {
    // sigma's edge.arrowHead.vert.glsl (the head points along minus the line's normal)
    vec2 normal = -a_normal;
    float normalLength = length(normal);
    vec2 unitNormal = normal / normalLength;
    float pixelsThickness = max(normalLength / u_sizeRatio, u_minEdgeThickness);
    float webGLThickness = pixelsThickness * u_correctionRatio;
    float webGLNodeRadius = a_radius * 2.0 * u_correctionRatio / u_sizeRatio;
    float webGLArrowHeadLength = webGLThickness * u_lengthToThicknessRatio * 2.0;
    float webGLArrowHeadThickness = webGLThickness * u_widenessToThicknessRatio;
    float da = a_barycentric.x;
    float db = a_barycentric.y;
    float dc = a_barycentric.z;
    vec2 delta = vec2(
        da * (webGLNodeRadius * unitNormal.y)
      + db * ((webGLNodeRadius + webGLArrowHeadLength) * unitNormal.y + webGLArrowHeadThickness * unitNormal.x)
      + dc * ((webGLNodeRadius + webGLArrowHeadLength) * unitNormal.y - webGLArrowHeadThickness * unitNormal.x),
        da * (-webGLNodeRadius * unitNormal.x)
      + db * (-(webGLNodeRadius + webGLArrowHeadLength) * unitNormal.x + webGLArrowHeadThickness * unitNormal.y)
      + dc * (-(webGLNodeRadius + webGLArrowHeadLength) * unitNormal.x - webGLArrowHeadThickness * unitNormal.y)
    );
    gl_Position = vec4((u_matrix * vec3(a_positionEnd + delta, 1)).xy, 0, 1);
    v_thickness = 0.0;
    v_normal = vec2(0.0);
  }
  v_head = a_head;
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

// language=GLSL
const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_head;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  if (v_head > 0.5) {
    gl_FragColor = v_color;
  } else {
    float dist = length(v_normal) * v_thickness;
    float t = smoothstep(v_thickness - v_feather, v_thickness, dist);
    gl_FragColor = mix(v_color, transparent, t);
  }
  #endif
}
`;

const { UNSIGNED_BYTE, FLOAT, TRIANGLES } = WebGLRenderingContext;

/** Directed edges as a line plus an arrow head at the target, in one program (see the file header). */
export class EdgeArrowOneProgram extends EdgeProgram<Uniform> {
  getDefinition(): ReturnType<EdgeProgram<Uniform>['getDefinition']> {
    return {
      VERTICES: LINE_VERTICES + HEAD_VERTICES,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_positionStart', size: 2, type: FLOAT },
        { name: 'a_positionEnd', size: 2, type: FLOAT },
        { name: 'a_normal', size: 2, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_radius', size: 1, type: FLOAT },
      ],
      CONSTANT_ATTRIBUTES: [
        { name: 'a_head', size: 1, type: FLOAT },
        { name: 'a_lineCoefs', size: 3, type: FLOAT },
        { name: 'a_barycentric', size: 3, type: FLOAT },
      ],
      // The line's six vertices (sigma's EdgeClampedProgram), then the head's three (EdgeArrowHeadProgram).
      CONSTANT_DATA: [
        [0, 0, 1, 0, 0, 0, 0],
        [0, 0, -1, 0, 0, 0, 0],
        [0, 1, 1, 1, 0, 0, 0],
        [0, 1, 1, 1, 0, 0, 0],
        [0, 0, -1, 0, 0, 0, 0],
        [0, 1, -1, -1, 0, 0, 0],
        [1, 0, 0, 0, 1, 0, 0],
        [1, 0, 0, 0, 0, 1, 0],
        [1, 0, 0, 0, 0, 0, 1],
      ],
    };
  }

  processVisibleItem(edgeIndex: number, startIndex: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: EdgeDisplayData): void {
    const thickness = data.size || 1;
    const { x: x1, y: y1 } = sourceData;
    const { x: x2, y: y2 } = targetData;
    const dx = x2 - x1;
    const dy = y2 - y1;
    let len = dx * dx + dy * dy;
    let n1 = 0;
    let n2 = 0;
    if (len) {
      len = 1 / Math.sqrt(len);
      n1 = -dy * len * thickness;
      n2 = dx * len * thickness;
    }
    const array = this.array;
    let i = startIndex;
    array[i++] = x1;
    array[i++] = y1;
    array[i++] = x2;
    array[i++] = y2;
    array[i++] = n1;
    array[i++] = n2;
    array[i++] = floatColor(data.color);
    array[i++] = edgeIndex;
    array[i] = targetData.size || 1;
  }

  setUniforms(params: RenderParams, { gl, uniformLocations: u }: ProgramInfo<Uniform>): void {
    gl.uniformMatrix3fv(u.u_matrix, false, params.matrix);
    gl.uniform1f(u.u_zoomRatio, params.zoomRatio);
    gl.uniform1f(u.u_sizeRatio, params.sizeRatio);
    gl.uniform1f(u.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(u.u_pixelRatio, params.pixelRatio);
    gl.uniform1f(u.u_feather, params.antiAliasingFeather);
    gl.uniform1f(u.u_minEdgeThickness, params.minEdgeThickness);
    gl.uniform1f(u.u_lengthToThicknessRatio, LENGTH_TO_THICKNESS);
    gl.uniform1f(u.u_widenessToThicknessRatio, WIDENESS_TO_THICKNESS);
  }

  /** Every line, then every head (as sigma's compound arrow draws them): two ranges of the same instances. */
  override drawWebGL(method: number, programInfo: ProgramInfo): void {
    const { gl, frameBuffer } = programInfo;
    if (!this.isInstanced || !(gl instanceof WebGL2RenderingContext)) return super.drawWebGL(method, programInfo);
    gl.bindFramebuffer(gl.FRAMEBUFFER, frameBuffer);
    gl.drawArraysInstanced(method, 0, LINE_VERTICES, this.capacity);
    gl.drawArraysInstanced(method, LINE_VERTICES, HEAD_VERTICES, this.capacity);
  }
}
